package io.execroles.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium and ChromeDriver, found on the PATH, headless and kept off the
 * network. Never a downloaded browser. Where they are missing, the browser tests fail
 * under CI (CI=true), where .ci/run has installed them, and elsewhere are skipped with
 * the reason printed.
 */
final class Chromium {

	private Chromium() {
	}

	/** Fails or skips, as above, unless both the browser and its driver are installed. */
	static void assumeInstalled() {
		if (browser().isPresent() && driver().isPresent()) {
			return;
		}
		String why = "Browser tests need Chromium and ChromeDriver on the PATH (found browser: "
				+ browser().map(Path::toString).orElse("none") + ", driver: "
				+ driver().map(Path::toString).orElse("none")
				+ "). Install Debian's: apt-get install chromium chromium-driver (.ci/run does).";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(why);
		}
		System.err.println("SKIPPED: " + why);
		assumeTrue(false, why);
	}

	/** A desktop screen, 1280 × 800 CSS px. */
	static ChromeDriver desktop() {
		return sized(start(options()), 1280, 800, false);
	}

	/** A phone, 390 × 844 CSS px, laid out as a phone lays out a page. */
	static ChromeDriver phone() {
		return start(options().setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true))));
	}

	private static ChromeDriver sized(ChromeDriver driver, int width, int height, boolean mobile) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		return driver;
	}

	private static ChromeOptions options() {
		var options = new ChromeOptions();
		options.setBinary(browser().orElseThrow().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				// Every address but loopback goes to a proxy that is not there: the
				// tests reach the site under test and nothing else.
				"--disable-sync", "--disable-default-apps", "--proxy-server=http://127.0.0.1:9");
		return options;
	}

	private static ChromeDriver start(ChromeOptions options) {
		var service = new ChromeDriverService.Builder().usingDriverExecutable(driver().orElseThrow().toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	static Optional<Path> browser() {
		return onPath("chromium", "chromium-browser");
	}

	static Optional<Path> driver() {
		return onPath("chromedriver");
	}

	private static Optional<Path> onPath(String... names) {
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
		return Stream.of(path.split(File.pathSeparator))
			.filter(folder -> !folder.isBlank())
			.flatMap(folder -> Stream.of(names).map(name -> Path.of(folder, name)))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
