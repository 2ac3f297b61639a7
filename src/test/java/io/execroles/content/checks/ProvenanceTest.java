package io.execroles.content.checks;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article says where it was published, in a way that can be checked: the publisher
 * is the host of the article's own address. What is not known (the author, the date)
 * stays out of the document rather than being guessed, and the pages say "not known".
 */
class ProvenanceTest {

	@Test
	void everySourceNamesAPublisherThatIsTheHostOfItsAddress() {
		Documents.get().sources().forEach((slug, source) -> {
			String host = URI.create(source.url()).getHost();
			assertThat(host).as("sources/%s.yaml: url", slug).isNotNull();
			assertThat(host.replaceFirst("^www\\.", "")).as("sources/%s.yaml: publisher", slug)
				.isEqualTo(source.publisher());
			assertThat(source.url()).as("sources/%s.yaml: url", slug).startsWith("http");
		});
	}

	@Test
	void noAuthorOrDateIsInventedForTheSeedArticles() {
		// The seeds' README: "No author or publication date is known for either article."
		Documents.get().sources().forEach((slug, source) -> {
			assertThat(source.author()).as("sources/%s.yaml: author", slug).isNull();
			assertThat(source.published()).as("sources/%s.yaml: published", slug).isNull();
		});
	}

	@Test
	void aDateWhenKnownIsADate() {
		Documents.get()
			.sources()
			.values()
			.stream()
			.filter(source -> source.published() != null)
			.forEach(source -> assertThat(LocalDate.parse(source.published())).isBeforeOrEqualTo(LocalDate.now()));
	}

}
