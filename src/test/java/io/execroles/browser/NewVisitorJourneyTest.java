package io.execroles.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new visitor's path through the site in a real browser, on a desktop and on a phone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NewVisitorJourneyTest {

	static final List<String> PAGES = List.of("/", "/roles", "/roles/cto", "/roles/cio", "/compare",
			"/compare/cto-vs-cio", "/sources", "/sources/corporate-heavyweights",
			"/sources/difference-between-cto-and-cio", "/roles/nobody");

	static ChromeDriver desktop;

	static ChromeDriver phone;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowsers() {
		Chromium.assumeInstalled();
		desktop = Chromium.desktop();
		phone = Chromium.phone();
	}

	@AfterAll
	static void stopBrowsers() {
		for (WebDriver driver : new WebDriver[] { desktop, phone }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@Test
	void homeThenARoleThenTheComparisonThenACitationThenThePassageInItsSource() {
		desktop.get(url("/"));
		click(desktop, By.cssSelector(".card a[href='/roles/cto']"));
		assertThat(desktop.findElement(By.tagName("h1")).getText()).isEqualTo("Chief Technology Officer (CTO)");

		click(desktop, By.cssSelector("#compare a"));
		assertThat(desktop.getCurrentUrl()).isEqualTo(url("/compare/cto-vs-cio"));
		WebElement citation = desktop.findElement(By.cssSelector("#reporting-line td a.ref-link"));
		String passage = "In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.";

		focus(desktop, citation);
		WebElement tip = citation.findElement(By.xpath("following-sibling::*[contains(@class,'ref-tip')]"));
		assertThat(tip.isDisplayed()).as("the passage shows when the citation has keyboard focus").isTrue();
		assertThat(tip.getText()).contains(passage);

		click(desktop, citation);
		assertThat(desktop.getCurrentUrl()).isEqualTo(url("/sources/difference-between-cto-and-cio#reporting-lines"));
		WebElement target = desktop.findElement(By.id("reporting-lines"));
		assertThat(target.getText()).isEqualTo(passage);
		assertThat(script(desktop, "return document.querySelector(':target').id")).isEqualTo("reporting-lines");
		assertThat(backgroundOf(desktop, "#reporting-lines"))
			.as("the passage a citation lands on is highlighted apart from the other passages")
			.isNotEqualTo(backgroundOf(desktop, "mark.passage:not(:target)"));
		assertThat(inViewport(desktop, target)).isTrue();
	}

	@Test
	void aLinkToOneRowOfTheComparisonLandsOnThatRow() {
		desktop.get(url("/compare/cto-vs-cio#vendors-and-providers"));
		WebElement row = desktop.findElement(By.id("vendors-and-providers"));
		assertThat(inViewport(desktop, row)).isTrue();
		assertThat(row.findElement(By.cssSelector("a.anchor-link")).getAttribute("href"))
			.isEqualTo(url("/compare/cto-vs-cio#vendors-and-providers"));
	}

	@Test
	void onAPhoneNoPageScrollsSideways() {
		for (String path : PAGES) {
			phone.get(url(path));
			Number viewport = (Number) script(phone, "return window.innerWidth");
			Number page = (Number) script(phone, "return document.documentElement.scrollWidth");
			assertThat(viewport.intValue()).isEqualTo(390);
			assertThat(page.intValue()).as("width of %s on a 390 px phone", path).isLessThanOrEqualTo(390);
		}
	}

	@Test
	void onAPhoneTheTableScrollsInItsOwnBoxKeepingTheAspectColumnAndRoleRowInView() {
		phone.get(url("/compare/cto-vs-cio"));
		assertThat((Boolean) script(phone,
				"const box = document.querySelector('.table-scroll'); return box.scrollWidth > box.clientWidth"))
			.as("the table is wider than the phone and scrolls in its box")
			.isTrue();
		String left = "return document.querySelector('#reporting-line th').getBoundingClientRect().left";
		String top = "return document.querySelector('thead th:nth-child(2)').getBoundingClientRect().top";
		double leftBefore = ((Number) script(phone, left)).doubleValue();
		script(phone, "document.querySelector('.table-scroll').scrollTo(300, 600)");
		assertThat(((Number) script(phone, left)).doubleValue()).as("the aspect column stays put")
			.isEqualTo(leftBefore);
		double boxTop = ((Number) script(phone,
				"return document.querySelector('.table-scroll').getBoundingClientRect().top"))
			.doubleValue();
		assertThat(((Number) script(phone, top)).doubleValue()).as("the role row stays at the top of the box")
			.isBetween(boxTop, boxTop + 2);
	}

	static void click(WebDriver driver, By by) {
		WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(by));
		click(driver, element);
	}

	static void click(WebDriver driver, WebElement element) {
		script(driver, "arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> "complete".equals(script(d, "return document.readyState")));
	}

	static void focus(WebDriver driver, WebElement element) {
		script(driver, "arguments[0].focus()", element);
	}

	static String backgroundOf(WebDriver driver, String selector) {
		return (String) script(driver, "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor",
				selector);
	}

	static boolean inViewport(WebDriver driver, WebElement element) {
		return (Boolean) script(driver, """
				const r = arguments[0].getBoundingClientRect();
				return r.top >= 0 && r.top < window.innerHeight""", element);
	}

	static Object script(WebDriver driver, String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

}
