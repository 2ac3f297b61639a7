package io.execroles.web;

import java.util.HashSet;
import java.util.Set;

import io.execroles.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared link previews well: every page names itself, describes itself and gives its
 * one canonical address.
 */
@SiteTest
class PageMetadataTest {

	static final String[] PAGES = { "/", "/roles", "/roles/cto", "/roles/cio", "/compare", "/compare/cto-vs-cio",
			"/sources", "/sources/corporate-heavyweights", "/sources/difference-between-cto-and-cio" };

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyPageHasItsOwnTitleDescriptionCanonicalLinkAndOpenGraphTags() {
		Set<String> titles = new HashSet<>();
		for (String path : PAGES) {
			Document page = Pages.get(this.mvc, path);
			assertThat(titles.add(page.title())).as("title of %s is unique", path).isTrue();
			assertThat(page.select("meta[name=description]").attr("content")).as(path).hasSizeGreaterThan(40);
			String url = "https://roles.example" + path;
			assertThat(page.select("link[rel=canonical]").attr("href")).as(path).isEqualTo(url);
			assertThat(page.select("meta[property=og:url]").attr("content")).as(path).isEqualTo(url);
			assertThat(page.select("meta[property=og:title]").attr("content")).as(path).isNotBlank();
			assertThat(page.select("meta[property=og:description]").attr("content")).as(path).isNotBlank();
			assertThat(page.select("meta[property=og:type]").attr("content")).as(path).isIn("website", "article");
			assertThat(page.select("html").attr("lang")).isEqualTo("en");
		}
	}

	@Test
	void profilesAndComparisonsShowAPictureInALinkPreview() throws Exception {
		for (String path : new String[] { "/roles/cto", "/roles/cio", "/compare/cto-vs-cio" }) {
			Document page = Pages.get(this.mvc, path);
			String image = page.select("meta[property=og:image]").attr("content");
			assertThat(image).as(path).matches("https://roles\\.example/images/preview/.+/[0-9a-f]{20}\\.png");
			assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
			assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
			assertThat(page.select("meta[property=og:image:alt]").attr("content")).as(path).hasSizeGreaterThan(30);
			assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

			var png = this.mvc.get().uri(image.substring("https://roles.example".length())).exchange();
			assertThat(png).as(image).hasStatusOk().hasContentType("image/png");
			assertThat(png.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
			var picture = javax.imageio.ImageIO
				.read(new java.io.ByteArrayInputStream(png.getResponse().getContentAsByteArray()));
			assertThat(picture.getWidth()).isEqualTo(1200);
			assertThat(picture.getHeight()).isEqualTo(630);
		}
	}

	@Test
	void aPictureAddressWhoseHashIsNotTheCardsAnswers404() {
		assertThat(this.mvc.get().uri("/images/preview/roles/cto/0123456789abcdef0123.png")).hasStatus(404);
		assertThat(this.mvc.get().uri("/images/preview/compare/cio-vs-cto/0123456789abcdef0123.png")).hasStatus(404);
		assertThat(this.mvc.get().uri("/images/preview/roles/nobody/0123456789abcdef0123.png")).hasStatus(404);
	}

	@Test
	void profilesAndComparisonsAreTitledByWhatTheyAreAbout() {
		assertThat(Pages.get(this.mvc, "/roles/cio").title()).startsWith("Chief Information Officer (CIO)");
		assertThat(Pages.get(this.mvc, "/compare/cto-vs-cio").title()).startsWith("CTO vs CIO");
	}

	@Test
	void errorPagesAreNotIndexedAndNameNoCanonicalAddress() {
		var result = this.mvc.get().uri("/roles/nobody").exchange();
		Document page = Pages.parse(result, "/roles/nobody");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
	}

}
