package io.execroles.browser;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.execroles.ServedSiteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site in a real browser, on a desktop (1280 × 800) and on a phone (390 × 844): a new
 * visitor's path, and the comparison as a reader judges it.
 */
@ServedSiteTest
class NewVisitorJourneyTest {

	static final List<String> PAGES = List.of("/", "/roles", "/roles/cto", "/roles/cio", "/compare",
			"/compare/cto-vs-cio", "/compare/cto-vs-cio?only=differences", "/sources",
			"/sources/corporate-heavyweights", "/sources/difference-between-cto-and-cio", "/about",
			"/search?q=strategy", "/search?q=who+does+the+cio+report+to", "/search?q=salary", "/roles/nobody",
			"/compare?roles=cto");

	static final String COMPARISON = "/compare/cto-vs-cio";

	/**
	 * The issue's budgets for the comparison: its height at 1280 × 800 and at 390 × 844;
	 * the view of differences at least a quarter shorter at both.
	 */
	static final int MOST_PIXELS_TALL_ON_A_DESKTOP = 3500;

	static final int MOST_PIXELS_TALL_ON_A_PHONE = 7000;

	static final double DIFFERENCES_AT_MOST = 0.75;

	/**
	 * A4 pages the comparison prints on (it prints on 6 as this was written, sources in
	 * full).
	 */
	static final int MOST_PRINTED_PAGES = 10;

	/** The least a touch target may be, in CSS px, each way. */
	static final double TOUCH_TARGET = 44;

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

		click(desktop, By.cssSelector(".infobox-actions a"));
		assertThat(desktop.getCurrentUrl()).isEqualTo(url(COMPARISON));
		WebElement citation = desktop.findElement(By.cssSelector("#reporting-line td.cell button.cite"));
		String passage = "In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.";

		click(desktop, citation);
		WebElement preview = desktop.findElement(By.id(citation.getDomAttribute("popovertarget")));
		assertThat(preview.isDisplayed()).as("the passage opens in place").isTrue();
		assertThat(preview.findElement(By.tagName("blockquote")).getText()).isEqualTo(passage);
		assertThat(desktop.getCurrentUrl()).as("the reader has not left the page").isEqualTo(url(COMPARISON));

		click(desktop, preview.findElement(By.cssSelector(".preview-source a")));
		assertThat(desktop.getCurrentUrl()).isEqualTo(url("/sources/difference-between-cto-and-cio#reporting-lines"));
		WebElement target = desktop.findElement(By.id("reporting-lines"));
		assertThat(target.getText()).isEqualTo(passage);
		assertThat(script(desktop, "return document.querySelector(':target').id")).isEqualTo("reporting-lines");
		assertThat(backgroundOf(desktop, "#reporting-lines"))
			.as("the passage a citation lands on is highlighted apart from the other passages")
			.isNotEqualTo(backgroundOf(desktop, ".passage:not(:target)"));
		assertThat(inViewport(desktop, target)).isTrue();
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
	void onBothScreensEveryRowSetsTheRolesSideBySideInView() {
		for (ChromeDriver browser : List.of(desktop, phone)) {
			browser.get(url(COMPARISON));
			String name = screen(browser);
			assertThat((Number) script(browser,
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.as("sideways scroll on the %s", name)
				.isEqualTo(0L);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> rows = (List<Map<String, Object>>) script(browser, """
					return [...document.querySelectorAll('table.comparison > tbody')].map(row => {
					  const cells = [...row.querySelectorAll('td.cell')].map(c => c.getBoundingClientRect());
					  return {id: row.id, count: cells.length,
					    inside: cells.every(c => c.left >= 0 && c.right <= window.innerWidth + 0.5 && c.width > 100),
					    sameLine: cells.every(c => Math.abs(c.top - cells[0].top) < 1)};
					})""");
			assertThat(rows).as("rows on the %s", name).hasSizeGreaterThanOrEqualTo(6).allSatisfy(row -> {
				assertThat(row.get("count")).as("%s on the %s", row.get("id"), name).isEqualTo(2L);
				assertThat(row.get("inside")).as("both cells of %s inside the %s's screen", row.get("id"), name)
					.isEqualTo(true);
				assertThat(row.get("sameLine")).as("both cells of %s side by side on the %s", row.get("id"), name)
					.isEqualTo(true);
			});
		}
	}

	@Test
	void theMainDifferenceIsOnTheFirstScreenAndTheGlanceAboveTheFoldOnADesktop() {
		desktop.get(url(COMPARISON));
		assertThat(rect(desktop, "#lead", "bottom")).as("the lead's bottom on the desktop").isLessThanOrEqualTo(800);
		assertThat(rect(desktop, "svg.reporting-lines", "bottom")).as("the drawing on the desktop")
			.isLessThanOrEqualTo(800);
		assertThat(rect(desktop, "section.glance", "bottom")).as("the glance's bottom on the desktop")
			.isLessThanOrEqualTo(800);
		phone.get(url(COMPARISON));
		assertThat(rect(phone, "#lead", "bottom")).as("the lead, whole, on the phone's first screen")
			.isLessThanOrEqualTo(844);
		assertThat(rect(phone, "svg.reporting-lines", "top")).as("the drawing starts on the phone's first screen")
			.isLessThan(844);
	}

	@Test
	void aLinkToARowLandsWithTheWholeRowBelowTheStickyRoleNames() {
		for (ChromeDriver browser : List.of(desktop, phone)) {
			browser.get(url(COMPARISON));
			@SuppressWarnings("unchecked")
			List<String> anchors = (List<String>) script(browser,
					"return [...document.querySelectorAll('table.comparison > tbody')].map(row => row.id)");
			for (String anchor : anchors) {
				browser.get(url("/"));
				browser.get(url(COMPARISON + "#" + anchor));
				double header = ((Number) script(browser, """
						return Math.max(...[...document.querySelectorAll('table.comparison thead th')]
						  .map(th => th.getBoundingClientRect()).filter(r => r.height > 0).map(r => r.bottom))"""))
					.doubleValue();
				double top = rect(browser, "#" + anchor, "top");
				double bottom = rect(browser, "#" + anchor, "bottom");
				assertThat(top).as("#%s starts below the role names on the %s", anchor, screen(browser))
					.isGreaterThanOrEqualTo(header - 1);
				assertThat(bottom).as("#%s ends on screen on the %s", anchor, screen(browser))
					.isLessThanOrEqualTo(((Number) script(browser, "return window.innerHeight")).doubleValue());
			}
		}
	}

	@Test
	void onAPhoneTheRoleNamesStayAtTheTopWhileThePageScrolls() {
		phone.get(url(COMPARISON));
		script(phone, "document.getElementById('scope').scrollIntoView()");
		assertThat(rect(phone, "table.comparison thead", "top")).isBetween(-1.0, 1.0);
		assertThat(text(phone, "table.comparison thead")).contains("CTO").contains("CIO");
	}

	@Test
	void theComparisonKeepsToItsBudgetAndTheViewOfDifferencesIsAQuarterShorter() {
		for (ChromeDriver browser : List.of(desktop, phone)) {
			int most = (browser == desktop) ? MOST_PIXELS_TALL_ON_A_DESKTOP : MOST_PIXELS_TALL_ON_A_PHONE;
			browser.get(url(COMPARISON));
			int full = ((Number) script(browser, "return document.documentElement.scrollHeight")).intValue();
			browser.get(url(COMPARISON + "?only=differences"));
			int differences = ((Number) script(browser, "return document.documentElement.scrollHeight")).intValue();
			System.out.printf("The comparison on the %s: %d px tall, %d px with only the differences (%.0f%%)%n",
					screen(browser), full, differences, 100.0 * differences / full);
			assertThat(full).as("px tall on the %s", screen(browser)).isLessThanOrEqualTo(most);
			assertThat((double) differences).as("px tall with only the differences on the %s", screen(browser))
				.isLessThanOrEqualTo(DIFFERENCES_AT_MOST * full);
		}
	}

	@Test
	void onAPhoneEveryCitationControlIsATouchTargetThatOverlapsNoOther() {
		for (String path : List.of(COMPARISON, "/roles/cto", "/")) {
			phone.get(url(path));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> controls = (List<Map<String, Object>>) script(phone, """
					return [...document.querySelectorAll('main button.cite')]
					  .filter(c => c.checkVisibility())
					  .map(c => { const r = c.getBoundingClientRect();
					    return {id: c.getAttribute('popovertarget'), left: r.left, top: r.top + scrollY,
					      right: r.right, bottom: r.bottom + scrollY}; })""");
			assertThat(controls).as("citation controls on %s", path).hasSizeGreaterThan(3);
			for (int i = 0; i < controls.size(); i++) {
				Map<String, Object> control = controls.get(i);
				assertThat(side(control, "right") - side(control, "left")).as("width of %s", control.get("id"))
					.isGreaterThanOrEqualTo(TOUCH_TARGET);
				assertThat(side(control, "bottom") - side(control, "top")).as("height of %s", control.get("id"))
					.isGreaterThanOrEqualTo(TOUCH_TARGET);
				for (int j = i + 1; j < controls.size(); j++) {
					Map<String, Object> other = controls.get(j);
					boolean overlap = side(control, "left") < side(other, "right") - 0.5
							&& side(other, "left") < side(control, "right") - 0.5
							&& side(control, "top") < side(other, "bottom") - 0.5
							&& side(other, "top") < side(control, "bottom") - 0.5;
					assertThat(overlap).as("%s and %s overlap on %s", control.get("id"), other.get("id"), path)
						.isFalse();
				}
			}
		}
	}

	@Test
	void theReportingLinesAreADiagramWithATextAlternativeInLightAndDark() {
		for (String scheme : List.of("light", "dark")) {
			desktop.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			desktop.get(url(COMPARISON));
			WebElement svg = desktop.findElement(By.cssSelector("svg.reporting-lines"));
			assertThat(svg.getDomAttribute("role")).isEqualTo("img");
			assertThat(svg.getAriaRole()).isIn("img", "image");
			assertThat(svg.getAccessibleName()).contains("the CTO reports to the CEO")
				.contains("the CIO reports to the CFO");
			assertThat(svg.getRect().getHeight()).as("drawn, in %s", scheme).isGreaterThan(60);
			@SuppressWarnings("unchecked")
			List<String> colours = (List<String>) script(desktop, """
					const text = getComputedStyle(document.querySelector('svg.reporting-lines .superior-name')).fill;
					const box = getComputedStyle(document.querySelector('svg.reporting-lines .superior')).fill;
					return [text, box];""");
			assertThat(colours.get(0)).as("its words stand out from their boxes in %s", scheme)
				.isNotEqualTo(colours.get(1));
		}
		desktop.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
	}

	@Test
	void printedOnA4TheComparisonCarriesItsAddressItsSourcesAndNoHeadingLeftAtTheFootOfAPage() throws Exception {
		desktop.get(url(COMPARISON));
		@SuppressWarnings("unchecked")
		List<String> headings = (List<String>) script(desktop,
				"""
						const selector = 'main h1, main h2, main h3, main summary, main caption, .aspect-name';
						const headRow = [...document.querySelectorAll('table.comparison thead th')]
						  .map(th => th.textContent.replace(/\\s+/g, ' ').trim()).join(' ');
						return [headRow, ...[...document.querySelectorAll(selector + ', .picture-title, .glance-heading')].map(h => h.textContent.replace(/\\s+/g, ' ').trim())
						  .filter(t => t.length > 0)]""");
		String passage = (String) script(desktop, "return document.querySelector('#sources q').textContent");
		String note = (String) script(desktop, "return document.querySelector('.note-text').textContent");
		var a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		a4.setBackground(true);
		byte[] pdf = Base64.getDecoder().decode(desktop.print(a4).getContent());
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			System.out.printf("The comparison prints on %d A4 pages%n", pages);
			assertThat(pages).as("A4 pages printed").isBetween(1, MOST_PRINTED_PAGES);
			var stripper = new org.apache.pdfbox.text.PDFTextStripper();
			String all = fold(stripper.getText(document));
			assertThat(all).as("the page's address").contains("https://roles.example" + COMPARISON);
			assertThat(all).as("the content's version and date")
				.containsPattern("content [0-9a-f]{7}( of \\d+ \\w+ \\d{4})?");
			assertThat(all).as("the folded sources print").contains(fold(passage));
			assertThat(all).as("the folded notes print").contains(fold(note).substring(0, 60));
			for (int page = 1; page < pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				List<String> lines = stripper.getText(document)
					.lines()
					.map(String::strip)
					.filter(l -> !l.isEmpty())
					.toList();
				String last = lines.get(lines.size() - 1);
				assertThat(headings).as("the last line of page %d: %s", page, last).doesNotContain(last);
			}
		}
	}

	static double side(Map<String, Object> rect, String side) {
		return ((Number) rect.get(side)).doubleValue();
	}

	static String fold(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	static String screen(ChromeDriver browser) {
		return (browser == phone) ? "phone" : "desktop";
	}

	static double rect(WebDriver driver, String selector, String side) {
		return ((Number) script(driver,
				"return document.querySelector(arguments[0]).getBoundingClientRect()[arguments[1]]", selector, side))
			.doubleValue();
	}

	static String text(WebDriver driver, String selector) {
		return driver.findElement(By.cssSelector(selector)).getText();
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
