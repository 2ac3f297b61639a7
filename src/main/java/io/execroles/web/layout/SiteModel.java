package io.execroles.web.layout;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.execroles.content.ContentSnapshot;
import io.execroles.web.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout reads on every page, error pages included: the site's public address,
 * its assets, and the stylesheets the features add.
 */
@Component
@ControllerAdvice
public class SiteModel {

	private final SiteProperties site;

	private final SiteAssets assets;

	private final List<PageStylesheets> stylesheets;

	private final ContentSnapshot content;

	private final ObjectProvider<BuildProperties> build;

	private volatile Edition edition;

	private volatile Evidence evidence;

	SiteModel(SiteProperties site, SiteAssets assets, List<PageStylesheets> stylesheets, ContentSnapshot content,
			ObjectProvider<BuildProperties> build) {
		this.site = site;
		this.assets = assets;
		this.stylesheets = stylesheets;
		this.content = content;
		this.build = build;
	}

	@ModelAttribute("site")
	SiteProperties site() {
		return this.site;
	}

	@ModelAttribute("assets")
	SiteAssets assets() {
		return this.assets;
	}

	@ModelAttribute("stylesheets")
	List<String> stylesheets() {
		return this.stylesheets.stream().flatMap(sheets -> sheets.paths().stream()).toList();
	}

	/**
	 * Which content the page shows, for its footer and its printed address line. The
	 * content is read once, at start, so this is worked out once, on first use (the
	 * snapshot is not read yet when this bean is made).
	 */
	@ModelAttribute("edition")
	Edition edition() {
		Edition edition = this.edition;
		if (edition == null) {
			BuildProperties properties = this.build.getIfAvailable();
			LocalDate built = (properties != null && properties.getTime() != null)
					? LocalDate.ofInstant(properties.getTime(), ZoneOffset.UTC) : null;
			edition = new Edition(this.content.version().substring(0, 7), built);
			this.edition = edition;
		}
		return edition;
	}

	/** What the site rests on, said in every footer and near the top of a comparison. */
	@ModelAttribute("evidence")
	Evidence evidence() {
		Evidence evidence = this.evidence;
		if (evidence == null) {
			evidence = Evidence.of(this.content.sources());
			this.evidence = evidence;
		}
		return evidence;
	}

	/**
	 * The same, for a page rendered outside any request (the connector's error pages).
	 */
	public Map<String, Object> attributes() {
		return Map.of("site", site(), "assets", assets(), "stylesheets", stylesheets(), "edition", edition(),
				"evidence", evidence());
	}

}
