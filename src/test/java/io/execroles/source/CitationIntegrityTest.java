package io.execroles.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The content is only as good as its sources: these checks fail the build when a
 * statement drifts from them.
 */
@SpringBootTest
class CitationIntegrityTest {

	/** The seed files the articles were taken from, by source slug. */
	static final Map<String, String> SEED_FILES = Map.of("corporate-heavyweights",
			"cto-vs-cio-corporate-heavyweights.txt", "difference-between-cto-and-cio",
			"difference-between-cto-and-cio.txt");

	@Autowired
	JdbcTemplate jdbc;

	static String seed(String file) throws IOException {
		return new ClassPathResource("seeds/" + file).getContentAsString(StandardCharsets.UTF_8);
	}

	static String foldWhitespace(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	@Test
	void storedArticlesEqualTheSeedFiles() throws IOException {
		var stored = this.jdbc.queryForList("select slug, body from source");
		assertThat(stored).extracting(row -> row.get("slug")).containsExactlyInAnyOrderElementsOf(SEED_FILES.keySet());
		for (var row : stored) {
			assertThat(row.get("body")).as("text of %s", row.get("slug"))
				.isEqualTo(seed(SEED_FILES.get((String) row.get("slug"))));
		}
	}

	@Test
	void bundledSeedCopiesMatchTheSharedSeeds() throws IOException {
		Path shared = Path.of("..", "shared", "seeds");
		assumeTrue(Files.isDirectory(shared), "the shared seeds folder is not beside this checkout");
		for (String file : SEED_FILES.values()) {
			assertThat(seed(file)).as(file).isEqualTo(Files.readString(shared.resolve(file), StandardCharsets.UTF_8));
		}
	}

	@Test
	void everyPassageOccursVerbatimInItsSource() {
		var citations = this.jdbc
			.queryForList("select c.anchor, c.passage, s.body from citation c join source s on s.id = c.source_id");
		assertThat(citations).isNotEmpty();
		for (var row : citations) {
			assertThat(foldWhitespace((String) row.get("body"))).as("source of passage %s", row.get("anchor"))
				.contains(foldWhitespace((String) row.get("passage")));
		}
	}

	@Test
	void passagesDoNotOverlapSoEachCanBeMarkedInItsSource() {
		var citations = this.jdbc
			.queryForList("select c.anchor, c.passage, s.body from citation c join source s on s.id = c.source_id");
		var claimed = new java.util.HashMap<String, boolean[]>();
		for (var row : citations) {
			String body = (String) row.get("body");
			String passage = (String) row.get("passage");
			int start = body.indexOf(passage);
			assertThat(start).as("passage %s stands in its source as written", row.get("anchor")).isNotNegative();
			boolean[] used = claimed.computeIfAbsent(body, b -> new boolean[b.length()]);
			for (int i = start; i < start + passage.length(); i++) {
				assertThat(used[i]).as("passage %s overlaps another", row.get("anchor")).isFalse();
				used[i] = true;
			}
		}
	}

	@Test
	void everyStatementRestsOnACitation() {
		assertThat(uncited("statement", "statement_citation", "statement_id")).isEmpty();
		assertThat(uncited("role", "role_summary_citation", "role_id")).as("role summaries").isEmpty();
		assertThat(this.jdbc.queryForList("""
				select a.slug from aspect a where a.divergence is not null
				and (select count(*) from aspect_divergence_citation d where d.aspect_id = a.id) < 2""", String.class))
			.as("a divergence note cites at least the two passages that diverge")
			.isEmpty();
	}

	@Test
	void everyGistIsCitedAndStandsOnAHeadlineAspect() {
		assertThat(this.jdbc.queryForList("""
				select a.slug || '/' || r.slug from gist g join aspect a on a.id = g.aspect_id
				join role r on r.id = g.role_id
				where not exists (select 1 from gist_citation c where c.gist_id = g.id)""", String.class))
			.as("gists without a citation")
			.isEmpty();
		assertThat(this.jdbc.queryForList("""
				select a.slug from gist g join aspect a on a.id = g.aspect_id where a.glance_label is null""",
				String.class))
			.as("gists on aspects that are not headline ones")
			.isEmpty();
	}

	@Test
	void everyRoleHasAGistOnEveryHeadlineAspectItHoldsAStatementOn() {
		assertThat(this.jdbc.queryForList("""
				select distinct a.slug || '/' || r.slug from aspect a
				join statement s on s.aspect_id = a.id
				join statement_role sr on sr.statement_id = s.id
				join role r on r.id = sr.role_id
				where a.glance_label is not null
				and not exists (select 1 from gist g where g.aspect_id = a.id and g.role_id = r.id)""", String.class))
			.as("headline aspect / role without a gist")
			.isEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from aspect where glance_label is not null", Integer.class))
			.as("headline aspects")
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void everyStatementBelongsToARole() {
		assertThat(uncited("statement", "statement_role", "statement_id")).isEmpty();
	}

	@Test
	void everyCitationIsUsed() {
		assertThat(this.jdbc.queryForList("""
				select c.anchor from citation c
				where not exists (select 1 from statement_citation x where x.citation_id = c.id)
				and not exists (select 1 from role_summary_citation x where x.citation_id = c.id)
				and not exists (select 1 from aspect_divergence_citation x where x.citation_id = c.id)
				and not exists (select 1 from gist_citation x where x.citation_id = c.id)""", String.class)).isEmpty();
	}

	private List<String> uncited(String table, String joinTable, String column) {
		return this.jdbc.queryForList("select t.slug from " + table + " t where not exists (select 1 from " + joinTable
				+ " j where j." + column + " = t.id)", String.class);
	}

}
