package io.execroles.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.execroles.content.Aspect;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.Divergence;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import io.execroles.content.StatementKind;
import io.execroles.source.Notes;

import org.springframework.stereotype.Service;

/** Assembles the role pages' read models from the content snapshot. */
@Service
public class RoleService {

	static final String RESPONSIBILITIES = "responsibilities";

	static final String KEY_ATTRIBUTES = "key-attributes";

	private final ContentSnapshot content;

	RoleService(ContentSnapshot content) {
		this.content = content;
	}

	/** Every role, in their order. */
	public List<Role> findAll() {
		return this.content.roles();
	}

	public Optional<Role> find(String slug) {
		return this.content.role(slug);
	}

	/** The comparison the site leads with: its first two roles. */
	public List<Role> findFeaturedComparison() {
		List<Role> all = findAll();
		return all.subList(0, Math.min(2, all.size()));
	}

	public Optional<RoleProfile> findProfile(String slug) {
		return find(slug).map(this::profile);
	}

	private RoleProfile profile(Role role) {
		var notes = new Notes();
		var summary = notes.control("src-summary", role.summary().passages());
		var facts = this.content.glance()
			.stream()
			.flatMap(line -> line.gistOf(role)
				.map(gist -> new RoleProfile.KeyFact(line.aspect().slug(), line.aspect().name(), line.label(),
						gist.reading(), notes.control("src-fact-" + line.slug(), gist.passages())))
				.stream())
			.toList();
		List<Statement> statements = this.content.statements().stream().filter(s -> s.isHeldBy(role)).toList();

		var sections = new ArrayList<ProfileSection>();
		addSection(sections, RESPONSIBILITIES, "Responsibilities", statements,
				s -> s.kind() == StatementKind.RESPONSIBILITY, notes);
		addSection(sections, KEY_ATTRIBUTES, "Key attributes", statements, s -> s.kind() == StatementKind.ATTRIBUTE,
				notes);
		for (Aspect aspect : this.content.aspects()) {
			addSection(sections, aspect.slug(), aspect.name(), statements,
					s -> s.kind() == StatementKind.FACT && s.aspect().slug().equals(aspect.slug()), notes);
		}

		var compareLinks = findAll().stream()
			.filter(other -> !other.slug().equals(role.slug()))
			.map(other -> new RoleProfile.CompareLink(List.of(other), RolePaths.comparison(List.of(role, other))))
			.toList();
		return new RoleProfile(role, summary, facts, List.copyOf(sections), notes.all(), notes.controls(),
				compareLinks);
	}

	private static void addSection(List<ProfileSection> sections, String anchor, String heading,
			List<Statement> statements, Predicate<Statement> belongs, Notes notes) {
		// A note the articles' passages need is flagged once in a section, on its first
		// statement.
		var flagged = new java.util.HashSet<String>();
		var cited = statements.stream()
			.filter(belongs)
			.map(s -> cite(s, notes))
			.map(s -> (s.divergence() == null || flagged.add(s.divergence().slug())) ? s
					: new CitedStatement(s.slug(), s.text(), s.aspectSlug(), null, s.cite(), s.heldBy()))
			.toList();
		if (!cited.isEmpty()) {
			sections.add(new ProfileSection(anchor, heading, cited));
		}
	}

	/**
	 * Shared with the comparison: numbers the statement's passages on the page being
	 * assembled, and finds the note of its aspect that concerns it.
	 */
	public static CitedStatement cite(Statement statement, Notes notes) {
		Divergence divergence = statement.aspect()
			.divergences()
			.stream()
			.filter(note -> note.passages().stream().anyMatch(statement.passages()::contains))
			.findFirst()
			.orElse(null);
		return new CitedStatement(statement.slug(), statement.text(), statement.aspect().slug(), divergence,
				notes.control("src-" + statement.slug(), statement.passages()), statement.roles());
	}

}
