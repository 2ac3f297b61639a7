package io.execroles.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium and ChromeDriver, headless and kept off the network. Never a
 * downloaded browser: where they are not installed the browser tests are skipped, and
 * .ci/run installs them.
 */
final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	static void assumeInstalled() {
		assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
				"Browser tests skipped: install Debian's chromium and chromium-driver (apt-get install chromium "
						+ "chromium-driver) to run them; .ci/run does.");
	}

	static ChromeDriver desktop() {
		return start(options().addArguments("--window-size=1280,900"));
	}

	/** A phone 390 CSS px wide, as Chromium's device emulation lays it out. */
	static ChromeDriver phone() {
		return start(options().setExperimentalOption("mobileEmulation",
				Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", true))));
	}

	private static ChromeOptions options() {
		var options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-default-apps", "--proxy-server=http://127.0.0.1:9");
		return options;
	}

	private static ChromeDriver start(ChromeOptions options) {
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
