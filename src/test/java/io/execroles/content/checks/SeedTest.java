package io.execroles.content.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The articles in the source documents are the seed articles, character for character:
 * typographic quotes, dashes and bullets as they are. The repository keeps a copy of the
 * seeds (src/test/resources/seeds), so the check always has them; the workplace's own
 * folder (../shared/seeds), where it is beside the checkout, must agree with that copy.
 */
class SeedTest {

	/** The seed file each source was taken from, by source slug. */
	static final Map<String, String> SEED_FILES = Map.of("corporate-heavyweights",
			"cto-vs-cio-corporate-heavyweights.txt", "difference-between-cto-and-cio",
			"difference-between-cto-and-cio.txt");

	static final Path BUNDLED = Path.of("src/test/resources/seeds");

	static final Path SHARED = Path.of("..", "shared", "seeds");

	@Test
	void everyArticleIsItsSeedCharacterForCharacter() throws IOException {
		requireFolder(BUNDLED);
		assertThat(Documents.get().sources().keySet()).containsExactlyInAnyOrderElementsOf(SEED_FILES.keySet());
		for (var source : Documents.get().sources().entrySet()) {
			// A YAML block keeps one final line break; the seed files end with several.
			assertThat(source.getValue().article().stripTrailing()).as("sources/%s.yaml: article", source.getKey())
				.isEqualTo(Files.readString(BUNDLED.resolve(SEED_FILES.get(source.getKey()))).stripTrailing());
		}
	}

	@Test
	void theBundledSeedsAreTheWorkplacesSeeds() throws IOException {
		assumeTrue(Files.isDirectory(SHARED), () -> {
			String why = "the workplace's seed folder " + SHARED.toAbsolutePath().normalize()
					+ " is not beside this checkout; the articles were checked against the bundled copy";
			System.err.println("SKIPPED: " + why);
			return why;
		});
		for (String file : SEED_FILES.values()) {
			assertThat(Files.readString(BUNDLED.resolve(file))).as(file)
				.isEqualTo(Files.readString(SHARED.resolve(file)));
		}
	}

	/**
	 * A seed folder that is missing fails the check, under CI and elsewhere: never a
	 * skip.
	 */
	private static void requireFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			fail("The seed articles are missing from " + folder.toAbsolutePath()
					+ ": the articles cannot be checked against them.");
		}
	}

}
