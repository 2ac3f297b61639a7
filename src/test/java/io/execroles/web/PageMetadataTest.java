package io.execroles.web;

import java.util.HashSet;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shared link previews well: every page names itself, describes itself and gives its
 * one canonical address.
 */
@SpringBootTest(properties = "executive-roles.base-url=https://roles.example/")
@AutoConfigureMockMvc
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
