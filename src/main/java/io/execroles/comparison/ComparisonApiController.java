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
import io.execroles.source.Cite;
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
				this.site.absolute(canonical), lead(comparison.glance()), glance(comparison.glance()),
				comparison.rows().stream().map(row -> row(row, canonical)).toList(),
				comparison.lines().stream().map(line -> line(line, canonical)).toList());
	}

	private LeadJson lead(Glance glance) {
		Glance.Lead lead = glance.lead();
		return new LeadJson(lead.sentence(), citations(lead.cite()),
				lead.caveats()
					.stream()
					.map(caveat -> new CaveatJson(caveat.anchor(), caveat.kind(),
							this.site.absolute(glance.path() + "#" + caveat.anchor())))
					.toList());
	}

	private LineJson line(Comparison.Line line, String comparisonPath) {
		return new LineJson(line.anchor(), line.name(), this.site.absolute(comparisonPath + "#" + line.anchor()),
				line.items()
					.stream()
					.map(item -> new SharedJson(item.heldBy().stream().map(Role::slug).toList(),
							List.of(StatementJson.of(item.statement(), this.site))))
					.toList());
	}

	private List<CitationJson> citations(Cite cite) {
		return cite.notes().stream().map(note -> CitationJson.of(note, this.site)).toList();
	}

	private List<GlanceJson> glance(Glance glance) {
		return glance.rows().stream().map(row -> {
			Map<String, GistJson> gists = new LinkedHashMap<>();
			row.cells()
				.stream()
				.filter(cell -> cell.text() != null)
				.forEach(cell -> gists.put(cell.role().slug(), new GistJson(cell.text(), citations(cell.cite()))));
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
					.map(d -> new DivergenceJson(d.anchor(), d.kind(), d.topic(), d.note(), citations(d.cite())))
					.toList());
	}

	record RoleRef(String slug, String abbreviation, String title, String url) {
	}

	record ComparisonJson(List<RoleRef> roles, String url, LeadJson lead, List<GlanceJson> glance, List<RowJson> rows,
			List<LineJson> lines) {
	}

	record LeadJson(String text, List<CitationJson> citations, List<CaveatJson> caveats) {
	}

	record CaveatJson(String id, DivergenceKind kind, String url) {
	}

	/** An aspect said in a line under the table: each statement with who holds it. */
	record LineJson(String id, String aspect, String url, List<SharedJson> statements) {
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

	record DivergenceJson(String id, DivergenceKind kind, String topic, String note, List<CitationJson> citations) {
	}

}
