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
		var featured = home.selectFirst(".hero a.button[href=/compare/cto-vs-cio]");
		assertThat(featured).isNotNull();
		assertThat(featured.text()).contains("CTO").contains("CIO");
		var difference = home.selectFirst(".hero .difference");
		assertThat(difference.ownText()).startsWith("The CTO ").contains("the CIO ").endsWith(".");
		for (var ref : difference.select("button.ref")) {
			assertThat(home.getElementById(ref.attr("popovertarget"))).isNotNull();
		}
		assertThat(difference.select("button.ref")).isNotEmpty();
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
