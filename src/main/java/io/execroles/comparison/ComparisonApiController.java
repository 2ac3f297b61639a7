package io.execroles.comparison;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.execroles.content.DivergenceKind;
import io.execroles.content.Role;
import io.execroles.role.CitedStatement;
import io.execroles.role.StatementJson;
import io.execroles.source.CitationJson;
import io.execroles.web.SiteProperties;
import io.execroles.web.cache.CachedResponse;
import io.execroles.web.http.Redirects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The comparison as JSON, from the same read model as its page. */
@RestController
class ComparisonApiController {

	private final ComparisonService comparisons;

	private final SiteProperties site;

	ComparisonApiController(ComparisonService comparisons, SiteProperties site) {
		this.comparisons = comparisons;
		this.site = site;
	}

	@GetMapping("/api/compare/{names}")
	@CachedResponse
	Object compare(@PathVariable String names) {
		ComparisonAddress address = this.comparisons.address(names);
		if (!address.isCanonical(names)) {
			return Redirects.permanent("/api" + address.path());
		}
		List<Role> compared = address.roles();
		String canonical = address.path();
		Comparison comparison = this.comparisons.compare(compared);
		return new ComparisonJson(
				compared.stream()
					.map(role -> new RoleRef(role.slug(), role.abbreviation(), role.title(),
							this.site.absolute(role.path())))
					.toList(),
				this.site.absolute(canonical), glance(comparison.glance()),
				comparison.rows().stream().map(row -> row(row, canonical)).toList());
	}

	private List<GlanceJson> glance(Glance glance) {
		return glance.rows().stream().map(row -> {
			Map<String, GistJson> gists = new LinkedHashMap<>();
			row.cells()
				.stream()
				.filter(cell -> cell.text() != null)
				.forEach(cell -> gists.put(cell.role().slug(), new GistJson(cell.text(),
						cell.notes().stream().map(note -> CitationJson.of(note, this.site)).toList())));
			return new GlanceJson(row.anchor(), row.label(), this.site.absolute(glance.rowHref(row)), gists);
		}).toList();
	}

	private RowJson row(ComparisonRow row, String comparisonPath) {
		Function<List<CitedStatement>, List<StatementJson>> json = statements -> statements.stream()
			.map(s -> StatementJson.of(s, this.site))
			.toList();
		Map<String, List<StatementJson>> cells = row.cells()
			.stream()
			.collect(Collectors.toMap(cell -> cell.role().slug(), cell -> json.apply(cell.statements()), (a, b) -> a,
					LinkedHashMap::new));
		return new RowJson(row.anchor(), row.name(), row.question(), row.kind(), row.label(),
				this.site.absolute(comparisonPath + "#" + row.anchor()), cells,
				row.shared()
					.stream()
					.map(ground -> new SharedJson(ground.heldBy().stream().map(Role::slug).toList(),
							json.apply(ground.statements())))
					.toList(),
				row.divergences()
					.stream()
					.map(d -> new DivergenceJson(d.anchor(), d.kind(), d.note(),
							d.notes().stream().map(note -> CitationJson.of(note, this.site)).toList()))
					.toList());
	}

	record RoleRef(String slug, String abbreviation, String title, String url) {
	}

	record ComparisonJson(List<RoleRef> roles, String url, List<GlanceJson> glance, List<RowJson> rows) {
	}

	record GlanceJson(String id, String label, String url, Map<String, GistJson> gists) {
	}

	record GistJson(String text, List<CitationJson> citations) {
	}

	record RowJson(String id, String aspect, String question, ComparisonRow.Kind kind, String label, String url,
			Map<String, List<StatementJson>> cells, List<SharedJson> shared, List<DivergenceJson> divergences) {
	}

	record SharedJson(List<String> heldBy, List<StatementJson> statements) {
	}

	record DivergenceJson(String id, DivergenceKind kind, String note, List<CitationJson> citations) {
	}

}
