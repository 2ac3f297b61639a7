package io.execroles.web;

import java.util.List;

import io.execroles.SiteTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page the site serves is valid HTML by the Nu Html Checker: no errors. */
@SiteTest
class HtmlValidityTest {

	static HtmlChecker checker;

	@Autowired
	MockMvcTester mvc;

	@BeforeAll
	static void startChecker() throws Exception {
		checker = new HtmlChecker();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/roles", "/roles/cto", "/roles/cio", "/compare", "/compare/cto-vs-cio", "/sources",
			"/sources/corporate-heavyweights", "/sources/difference-between-cto-and-cio", "/roles/no-such-role",
			"/compare/cto-vs-cto", "/compare/cto-vs-cio?only=differences", "/search", "/search?q=strategy",
			"/search?q=zebra", "/search?q=infrastucture", "/search?q=reports&role=cio", "/compare?roles=cto",
			"/compare?action=compare" })
	void pageIsValidHtml(String path) throws Exception {
		String html = this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
		assertThat(html).startsWith("<!DOCTYPE html>");
		List<String> errors = checker.errors(html);
		assertThat(errors).as("Nu Html Checker errors on %s", path).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void theCheckerCatchesInvalidHtml() throws Exception {
		assertThat(checker.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p>"))
			.isNotEmpty();
	}

}
