package io.execroles.source;

import java.util.List;
import java.util.Map;

import io.execroles.SiteTest;
import io.execroles.TestContent;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wherever the site names an article, it says where the article was published, and it
 * never claims to know what it does not: no article has a known author or date.
 */
@SiteTest
class ProvenanceTest {

	@Autowired
	MockMvcTester mvc;

	final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The sources as their documents describe them, under the names the checks below use.
	 */
	List<Map<String, Object>> sources() {
		var sources = new java.util.ArrayList<Map<String, Object>>();
		TestContent.documents().sources().forEach((slug, source) -> {
			var row = new java.util.HashMap<String, Object>();
			row.put("slug", slug);
			row.put("title", source.title());
			row.put("publisher", source.publisher());
			row.put("original_url", source.url());
			row.put("author", source.author());
			row.put("published_on", source.published());
			sources.add(row);
		});
		assertThat(sources).isNotEmpty();
		return sources;
	}

	@Test
	void theListAndEachSourcePageNameThePublisherAndTheOriginalAddressAndSayWhatIsNotKnown() {
		Document list = Pages.get(this.mvc, "/sources");
		for (var source : sources()) {
			// The original address is a link, the address itself its text.
			assertThat(list.select("a[href='" + source.get("original_url") + "']").text())
				.isEqualTo(source.get("original_url"));
			Document page = Pages.get(this.mvc, "/sources/" + source.get("slug"));
			var provenance = page.selectFirst("dl.provenance");
			assertThat(provenance.select("a").attr("href")).isEqualTo(source.get("original_url"));
			assertThat(provenance.text()).contains((String) source.get("publisher"))
				.contains((String) source.get("original_url"));
			assertThat(source.get("author")).isNull();
			assertThat(source.get("published_on")).isNull();
			assertThat(provenance.select("dt:contains(Author) + dd").text()).isEqualTo("Not known");
			assertThat(provenance.select("dt:contains(Date) + dd").text()).isEqualTo("Not known");
		}
	}

	@Test
	void everyCitationOnAPageNamesThePublisherOfItsArticle() {
		Document comparison = Pages.get(this.mvc, "/compare/cto-vs-cio");
		var publishers = sources().stream().map(s -> (String) s.get("publisher")).toList();
		var previews = comparison.select("[popover].preview .preview-source");
		assertThat(previews).isNotEmpty();
		previews.forEach(preview -> assertThat(publishers).anyMatch(preview.text()::contains));
	}

	@Test
	void theJsonTheCsvAndTheJsonLdCarryThePublisherAndTheOriginalAddress() throws Exception {
		var byTitle = new java.util.HashMap<String, Map<String, Object>>();
		sources().forEach(s -> byTitle.put((String) s.get("title"), s));

		JsonNode profile = this.json
			.readTree(this.mvc.get().uri("/api/roles/cto").exchange().getResponse().getContentAsString());
		List<JsonNode> citations = profile.findValues("citations").stream().flatMap(c -> c.valueStream()).toList();
		assertThat(citations).isNotEmpty().allSatisfy(citation -> {
			var source = byTitle.get(citation.get("sourceTitle").asString());
			assertThat(citation.get("publisher").asString()).isEqualTo(source.get("publisher"));
			assertThat(citation.get("originalUrl").asString()).isEqualTo(source.get("original_url"));
		});

		String csv = this.mvc.get().uri("/compare/cto-vs-cio.csv").exchange().getResponse().getContentAsString();
		for (var source : sources()) {
			assertThat(csv).contains(source.get("publisher") + " (" + source.get("original_url") + ")");
		}

		String ld = Pages.get(this.mvc, "/roles/cto").selectFirst("script[type=application/ld+json]").data();
		JsonNode basedOn = this.json.readTree(ld).get("isBasedOn");
		assertThat(basedOn.findValuesAsString("url"))
			.containsExactlyInAnyOrderElementsOf(sources().stream().map(s -> (String) s.get("original_url")).toList());
		assertThat(basedOn.findValues("author")).as("no author is invented").isEmpty();
		assertThat(basedOn.findValues("datePublished")).as("no date is invented").isEmpty();
	}

}
