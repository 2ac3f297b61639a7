package io.execroles.home;

import io.execroles.SiteTest;
import io.execroles.TestContent;
import io.execroles.web.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class HomeControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsACardPerRoleLinkingToItsProfile() {
		Document home = Pages.get(this.mvc, "/");
		var roles = TestContent.documents().roles();
		assertThat(home.select(".card")).hasSize(roles.size());
		roles.forEach((slug, role) -> {
			var link = home.selectFirst(".card a[href=/roles/" + slug + "]");
			assertThat(link).as("card link of %s", slug).isNotNull();
			assertThat(link.text()).contains(role.abbreviation()).contains(role.title());
			assertThat(link.closest(".card").text()).contains(role.summary().text());
		});
	}

	@Test
	void leadsWithTheDifferenceInOneCitedSentenceAndIntoTheComparison() {
		Document home = Pages.get(this.mvc, "/");
		var featured = home.selectFirst(".home-difference a.button[href=/compare/cto-vs-cio]");
		assertThat(featured).isNotNull();
		assertThat(featured.text()).contains("CTO").contains("CIO");
		var difference = home.getElementById("lead");
		assertThat(difference.text()).contains("the CTO ").contains("; the CIO ");
		assertThat(difference.select("button.cite")).hasSize(1);
		Pages.preview(home, difference.selectFirst("button.cite"));
		// The same pictures as the comparison, each cited, the reporting lines with a
		// text
		// alternative.
		assertThat(home.select("#pictures figure")).hasSize(2)
			.allSatisfy(figure -> assertThat(figure.select("figcaption button.cite")).hasSize(1));
		assertThat(home.select("svg.reporting-lines title").text()).contains("CEO").contains("CFO");
		assertThat(home.select(".orientation .facing.outward").text()).contains("CTO");
		assertThat(home.select(".orientation .facing.inward").text()).contains("CIO");
	}

	@Test
	void aLinkToTheHomePageShowsAPictureOfTheDifference() {
		Document home = Pages.get(this.mvc, "/");
		String image = home.select("meta[property=og:image]").attr("content");
		assertThat(image).startsWith("https://roles.example/images/preview/").endsWith(".png");
		assertThat(home.select("meta[property=og:image:alt]").attr("content")).contains("CTO").contains("CIO");
		assertThat(this.mvc.get().uri(image.substring("https://roles.example".length()))).hasStatusOk()
			.hasContentType("image/png");
	}

	@Test
	void showsTheFeaturedRolesAtAGlanceLinkingToTheRowsOfTheirComparison() {
		var glance = Pages.get(this.mvc, "/").selectFirst("section.glance");
		assertThat(glance.select("tbody th a").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.startsWith("/compare/cto-vs-cio#"));
	}

	@Test
	void offersAFormToChooseRolesToCompare() {
		var form = Pages.get(this.mvc, "/").selectFirst("form.picker");
		assertThat(form.attr("action")).isEqualTo("/compare");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("input[type=checkbox][name=roles]")).extracting(input -> input.attr("value"))
			.containsExactly("cto", "cio");
		assertThat(form.select("label")).allSatisfy(label -> assertThat(label.select("input")).hasSize(1));
	}

}
