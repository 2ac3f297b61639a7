package io.execroles.role;

import java.util.List;

import io.execroles.SiteTest;
import io.execroles.content.Role;
import io.execroles.source.Cite;
import io.execroles.source.Note;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class RoleServiceTest {

	@Autowired
	RoleService roles;

	@Test
	void listsBothRolesOfTheArticlesWithTheirFullTitles() {
		assertThat(this.roles.findAll()).extracting(Role::abbreviation, Role::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CTO", "Chief Technology Officer"),
					org.assertj.core.groups.Tuple.tuple("CIO", "Chief Information Officer"));
	}

	@Test
	void ctoProfileCitesTheArticlesOnResponsibilitiesAndReportingLine() {
		RoleProfile cto = this.roles.findProfile("cto").orElseThrow();

		assertThat(passagesOf(section(cto, "responsibilities")))
			.anyMatch(p -> p.contains("development and maintenance of the technological infrastructure"))
			.anyMatch(p -> p.contains("engineering"));
		assertThat(section(cto, "reporting-line").statements()).singleElement()
			.satisfies(s -> assertThat(s.text()).contains("CEO"));
		assertThat(passagesOf(section(cto, "reporting-line")))
			.containsExactly("In many cases, the CTO reports to the CEO, while the CIO reports to the CFO.");
		assertThat(passagesOf(section(cto, "key-attributes"))).anyMatch(p -> p.contains("creativity and innovation"));
	}

	@Test
	void cioProfileTellsHowTheRoleCameAboutAndIsChanging() {
		RoleProfile cio = this.roles.findProfile("cio").orElseThrow();

		assertThat(passagesOf(section(cio, "history"))).contains(
				"The CIO position was created in response to the growing importance of IT in the business world.");
		assertThat(passagesOf(section(cio, "outlook"))).anyMatch(p -> p.contains("increasingly strategic"));
		assertThat(section(cio, "reporting-line").statements()).singleElement()
			.satisfies(s -> assertThat(s.text()).contains("CFO"));
	}

	@Test
	void notesAreNumberedInPageOrderAndACitedPassageKeepsItsNumber() {
		RoleProfile cto = this.roles.findProfile("cto").orElseThrow();

		assertThat(cto.notes()).extracting(Note::number)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, cto.notes().size()).boxed().toList());
		assertThat(cto.notes()).extracting(note -> note.passage().anchor()).doesNotHaveDuplicates();
		assertThat(cto.summary().notes()).isNotEmpty().allMatch(note -> cto.notes().contains(note));
		assertThat(cto.cites()).extracting(Cite::id).doesNotHaveDuplicates();
	}

	@Test
	void sharedStatementsNameTheOtherRole() {
		RoleProfile cto = this.roles.findProfile("cto").orElseThrow();

		assertThat(section(cto, "key-attributes").statements())
			.filteredOn(s -> s.notes().stream().anyMatch(n -> n.text().startsWith("Both roles require")))
			.singleElement()
			.satisfies(s -> assertThat(s.sharedWith("cto")).extracting(Role::abbreviation).containsExactly("CIO"));
	}

	@Test
	void anUnknownRoleHasNoProfile() {
		assertThat(this.roles.findProfile("ceo")).isEmpty();
	}

	static ProfileSection section(RoleProfile profile, String anchor) {
		return profile.sections()
			.stream()
			.filter(s -> s.anchor().equals(anchor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section #" + anchor));
	}

	static List<String> passagesOf(ProfileSection section) {
		return section.statements().stream().flatMap(s -> s.notes().stream()).map(Note::text).toList();
	}

}
