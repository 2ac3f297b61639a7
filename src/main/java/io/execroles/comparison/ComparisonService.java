package io.execroles.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.execroles.role.Aspect;
import io.execroles.role.CitedStatement;
import io.execroles.role.Role;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleRepository;
import io.execroles.role.RoleService;
import io.execroles.role.RoleSummary;
import io.execroles.role.Statement;
import io.execroles.source.Notes;

import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lines roles up aspect by aspect, with a fixed number of queries whatever the number of
 * roles.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

	public static final int MIN_ROLES = 2;

	public static final int MAX_ROLES = 4;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final RoleRepository roles;

	private final RoleService roleService;

	ComparisonService(@Lazy RoleRepository roles, RoleService roleService) {
		this.roles = roles;
		this.roleService = roleService;
	}

	/**
	 * The roles an address such as {@code cto-vs-cio} names; see {@link #resolve(List)}.
	 */
	ComparisonAddress address(String names) {
		List<RoleSummary> roles = resolve(List.of(names.split(RolePaths.VERSUS, -1)));
		return new ComparisonAddress(roles, RolePaths.comparison(roles));
	}

	/**
	 * The roles a request names, in canonical order.
	 * @throws ResponseStatusException 400 for fewer than two, more than four or repeated
	 * roles; 404 for a role that does not exist
	 */
	public List<RoleSummary> resolve(List<String> requested) {
		var slugs = requested.stream().map(String::toLowerCase).toList();
		if (slugs.size() < MIN_ROLES || slugs.size() > MAX_ROLES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A comparison takes from " + MIN_ROLES + " to "
					+ MAX_ROLES + " roles; this address names " + slugs.size() + ".");
		}
		if (new HashSet<>(slugs).size() < slugs.size()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A comparison names each role once; this address repeats one.");
		}
		Map<String, RoleSummary> known = this.roleService.findAll()
			.stream()
			.collect(Collectors.toMap(RoleSummary::slug, Function.identity()));
		var found = new ArrayList<RoleSummary>();
		for (String slug : slugs) {
			RoleSummary role = known.get(slug);
			if (role == null) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, SLUG.matcher(slug).matches()
						? "There is no role called “" + slug + "”." : "This address names a role that does not exist.");
			}
			found.add(role);
		}
		found.sort(Comparator.comparingInt(RoleSummary::displayOrder));
		return List.copyOf(found);
	}

	/** Compares roles that {@link #resolve} returned, common ground included. */
	public Comparison compare(List<RoleSummary> compared) {
		return compare(compared, false);
	}

	/**
	 * Compares roles that {@link #resolve} returned; with {@code onlyDifferences} the
	 * common ground is left out, so that the page cites only what it shows. Its rows
	 * stay, without statements, so their anchors keep working.
	 */
	public Comparison compare(List<RoleSummary> compared, boolean onlyDifferences) {
		var slugs = compared.stream().map(RoleSummary::slug).toList();
		var statements = this.roles.findStatementsHeldByAnyOf(slugs);
		var notes = new Notes();
		var rows = new ArrayList<ComparisonRow>();
		for (Aspect aspect : this.roles.findAllAspects()) {
			var onAspect = statements.stream()
				.filter(s -> s.getAspect().getId().equals(aspect.getId()))
				.sorted(RoleService.PAGE_ORDER)
				.toList();
			if (onAspect.isEmpty()) {
				continue;
			}
			var cells = compared.stream()
				.map(role -> new ComparisonRow.Cell(role,
						onAspect.stream()
							.filter(s -> holds(s, role.slug()) && !heldByAll(s, slugs))
							.map(s -> RoleService.cite(s, notes))
							.toList()))
				.toList();
			List<CitedStatement> shared = onAspect.stream()
				.filter(s -> !onlyDifferences && heldByAll(s, slugs))
				.map(s -> RoleService.cite(s, notes))
				.toList();
			var divergence = aspect.getDivergence()
				.map(note -> new ComparisonRow.Divergence(aspect.getDivergenceKind(), note,
						notes.cite(aspect.getDivergenceCitations())));
			rows.add(new ComparisonRow(aspect.getSlug(), aspect.getName(), aspect.getQuestion(), cells, shared,
					divergence));
		}
		return new Comparison(compared, List.copyOf(rows), notes.all(), RolePaths.comparison(compared));
	}

	private static boolean holds(Statement statement, String roleSlug) {
		return statement.getRoles().stream().map(Role::getSlug).anyMatch(roleSlug::equals);
	}

	private static boolean heldByAll(Statement statement, List<String> slugs) {
		Set<String> holders = statement.getRoles().stream().map(Role::getSlug).collect(Collectors.toSet());
		return holders.containsAll(slugs);
	}

}
