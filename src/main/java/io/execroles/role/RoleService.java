package io.execroles.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.execroles.source.Notes;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the role pages' read models, each with a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class RoleService {

	static final String RESPONSIBILITIES = "responsibilities";

	static final String KEY_ATTRIBUTES = "key-attributes";

	/** Statements keep the order the content gives them, which follows the articles. */
	public static final Comparator<Statement> PAGE_ORDER = Comparator.comparingInt(Statement::getDisplayOrder);

	private final RoleRepository roles;

	private final RoleDirectory directory;

	RoleService(@Lazy RoleRepository roles, RoleDirectory directory) {
		this.roles = roles;
		this.directory = directory;
	}

	/** Every role, from memory once read (see {@link RoleDirectory}). */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<RoleSummary> findAll() {
		return this.directory.findAll();
	}

	/** The role at the slug, from memory once the roles have been read. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<RoleSummary> find(String slug) {
		return this.directory.find(slug);
	}

	/** The comparison the site leads with: its first two roles. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<RoleSummary> findFeaturedComparison() {
		List<RoleSummary> all = findAll();
		return all.subList(0, Math.min(2, all.size()));
	}

	/**
	 * The role's profile, assembled in one transaction. Ask {@link #find} first where an
	 * unknown role must be answered without the database.
	 */
	public Optional<RoleProfile> findProfile(String slug) {
		List<Role> all = this.roles.findAllWithSummaryCitations();
		return all.stream().filter(role -> role.getSlug().equals(slug)).findFirst().map(role -> profile(role, all));
	}

	private RoleProfile profile(Role role, List<Role> all) {
		var notes = new Notes();
		var summaryNotes = notes.cite(role.getSummaryCitations());
		var facts = role.getGists()
			.stream()
			.sorted(Comparator.comparingInt(gist -> gist.getAspect().getDisplayOrder()))
			.map(gist -> new RoleProfile.KeyFact(gist.getAspect().getSlug(), gist.getAspect().getName(),
					gist.getAspect().getGlanceLabel().orElse(gist.getAspect().getName()), gist.getText(),
					notes.cite(gist.getCitations())))
			.toList();
		var statements = this.roles.findStatementsHeldByAnyOf(List.of(role.getSlug()))
			.stream()
			.sorted(PAGE_ORDER)
			.toList();

		var sections = new ArrayList<ProfileSection>();
		addSection(sections, RESPONSIBILITIES, "Responsibilities", statements, Responsibility.class::isInstance, notes);
		addSection(sections, KEY_ATTRIBUTES, "Key attributes", statements, Attribute.class::isInstance, notes);
		statements.stream()
			.filter(Fact.class::isInstance)
			.map(Statement::getAspect)
			.distinct()
			.sorted(Comparator.comparingInt(Aspect::getDisplayOrder))
			.forEach(aspect -> addSection(sections, aspect.getSlug(), aspect.getName(), statements,
					s -> s instanceof Fact && s.getAspect() == aspect, notes));

		var self = RoleSummary.of(role);
		var compareLinks = all.stream()
			.filter(other -> other != role)
			.map(RoleSummary::of)
			.map(other -> new RoleProfile.CompareLink(List.of(other), RolePaths.comparison(List.of(self, other))))
			.toList();
		return new RoleProfile(self, summaryNotes, facts, List.copyOf(sections), notes.all(), compareLinks);
	}

	private static void addSection(List<ProfileSection> sections, String anchor, String heading,
			List<Statement> statements, Predicate<Statement> belongs, Notes notes) {
		var cited = statements.stream().filter(belongs).map(s -> cite(s, notes)).toList();
		if (!cited.isEmpty()) {
			sections.add(new ProfileSection(anchor, heading, cited));
		}
	}

	/**
	 * Shared with the comparison: numbers the statement's passages on the page being
	 * assembled.
	 */
	public static CitedStatement cite(Statement statement, Notes notes) {
		var heldBy = statement.getRoles()
			.stream()
			.sorted(Comparator.comparingInt(Role::getDisplayOrder))
			.map(RoleSummary::of)
			.toList();
		Aspect aspect = statement.getAspect();
		boolean diverges = statement.getCitations().stream().anyMatch(aspect.getDivergenceCitations()::contains);
		return new CitedStatement(statement.getSlug(), statement.getText(), aspect.getSlug(),
				diverges ? aspect.getDivergenceKind() : null, notes.cite(statement.getCitations()), heldBy);
	}

}
