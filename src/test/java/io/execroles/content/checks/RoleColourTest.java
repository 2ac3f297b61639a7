package io.execroles.content.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's colour is text on the page (its column's heading, its tags, its name in a
 * picker), so it must read on every background the page puts it on, in light and dark:
 * WCAG AA, 4.5 to 1. The backgrounds are read from the stylesheet, not copied here.
 */
class RoleColourTest {

	static final double AA = 4.5;

	static final Path STYLESHEET = Path.of("src/main/resources/static/css/site.css");

	@Test
	void everyRoleColourReadsOnEveryBackgroundInLightAndDark() throws IOException {
		String css = Files.readString(STYLESHEET);
		String light = css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
		int darkStart = css.indexOf(":root {", css.indexOf("prefers-color-scheme: dark"));
		String dark = css.substring(darkStart, css.indexOf("}", darkStart));
		List<String> backgrounds = List.of("--bg", "--surface", "--surface-2");
		assertThat(Documents.get().roles()).isNotEmpty().allSatisfy((slug, role) -> {
			for (String background : backgrounds) {
				assertThat(contrast(role.colour(), variable(light, background)))
					.as("roles/%s.yaml: colour on %s", slug, background)
					.isGreaterThanOrEqualTo(AA);
				assertThat(contrast(role.darkColour(), variable(dark, background)))
					.as("roles/%s.yaml: dark-colour on %s", slug, background)
					.isGreaterThanOrEqualTo(AA);
			}
		});
	}

	@Test
	void theContrastFormulaGivesTheKnownExtremes() {
		assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, Offset.offset(0.01));
		assertThat(contrast("#777777", "#ffffff")).isLessThan(AA);
	}

	static String variable(String block, String name) {
		Matcher value = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(block);
		assertThat(value.find()).as("%s in the stylesheet", name).isTrue();
		return value.group(1);
	}

	static double contrast(String foreground, String background) {
		double a = luminance(foreground);
		double b = luminance(background);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		double[] channels = { (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff };
		for (int i = 0; i < 3; i++) {
			double c = channels[i] / 255;
			channels[i] = (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
