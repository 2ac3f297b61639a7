package io.execroles.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.execroles.role.Aspect;
import io.execroles.role.Gist;
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
import org.springframework.transaction.annotation.Propagation;
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

	/**
	 * Ground shared by more roles comes first; among equals, the one whose holders come
	 * first in the roles' order. Holders are always listed in that order.
	 */
	private static final Comparator<List<RoleSummary>> SHARED_GROUND_ORDER = Comparator
		.comparingInt((List<RoleSummary> holders) -> -holders.size())
		.thenComparing((a, b) -> {
			for (int i = 0; i < a.size(); i++) {
				int order = Integer.compare(a.get(i).displayOrder(), b.get(i).displayOrder());
				if (order != 0) {
					return order;
				}
			}
			return 0;
		});

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
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	ComparisonAddress address(String names) {
		List<RoleSummary> roles = resolve(List.of(names.split(RolePaths.VERSUS, -1)));
		return new ComparisonAddress(roles, RolePaths.comparison(roles));
	}

	/**
	 * The roles a request names, in canonical order.
	 * @throws ResponseStatusException 400 for fewer than two, more than four or repeated
	 * roles; 404 for a role that does not exist
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
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
	 * shared ground is left out, so that the page cites only what it shows. Every row
	 * stays, so that its anchor keeps working, and keeps the kind it has in full.
	 */
	public Comparison compare(List<RoleSummary> compared, boolean onlyDifferences) {
		var slugs = compared.stream().map(RoleSummary::slug).toList();
		var statements = this.roles.findStatementsHeldByAnyOf(slugs);
		var aspects = this.roles.findAllAspectsWithGists();
		var notes = new Notes();
		String path = RolePaths.comparison(compared);
		// The glance comes first on the page, so its citations are numbered first.
		Glance glance = glance(compared, aspects, path, notes);
		var rows = new ArrayList<ComparisonRow>();
		for (Aspect aspect : aspects) {
			var onAspect = statements.stream()
				.filter(s -> s.getAspect().getId().equals(aspect.getId()))
				.sorted(RoleService.PAGE_ORDER)
				.toList();
			if (!onAspect.isEmpty()) {
				rows.add(row(aspect, onAspect, compared, onlyDifferences, notes));
			}
		}
		return new Comparison(compared, glance, List.copyOf(rows), notes.all(), path, onlyDifferences);
	}

	/** The headline aspects' gists for the roles, as {@link #compare} cites them. */
	public Glance glance(List<RoleSummary> compared) {
		return glance(compared, this.roles.findAllAspectsWithGists(), RolePaths.comparison(compared), new Notes());
	}

	private static Glance glance(List<RoleSummary> compared, List<Aspect> aspects, String path, Notes notes) {
		var rows = new ArrayList<Glance.Row>();
		for (Aspect aspect : aspects) {
			if (aspect.getGlanceLabel().isEmpty()) {
				continue;
			}
			Map<String, Gist> byRole = aspect.getGists()
				.stream()
				.collect(Collectors.toMap(gist -> gist.getRole().getSlug(), Function.identity()));
			if (compared.stream().noneMatch(role -> byRole.containsKey(role.slug()))) {
				continue;
			}
			var cells = compared.stream().map(role -> {
				Gist gist = byRole.get(role.slug());
				return (gist != null) ? new Glance.Cell(role, gist.getText(), notes.cite(gist.getCitations()))
						: new Glance.Cell(role, null, List.of());
			}).toList();
			rows.add(new Glance.Row(aspect.getSlug(), aspect.getName(), aspect.getGlanceLabel().get(), cells));
		}
		return new Glance(compared, List.copyOf(rows), path);
	}

	private static ComparisonRow row(Aspect aspect, List<Statement> onAspect, List<RoleSummary> compared,
			boolean onlyDifferences, Notes notes) {
		// Who among the compared roles holds each statement: one holder makes it that
		// role's own, several make it shared ground, said once for all of them.
		var own = new LinkedHashMap<String, List<Statement>>();
		compared.forEach(role -> own.put(role.slug(), new ArrayList<>()));
		var sharedBy = new LinkedHashMap<List<RoleSummary>, List<Statement>>();
		for (Statement statement : onAspect) {
			List<RoleSummary> holders = compared.stream().filter(role -> holds(statement, role.slug())).toList();
			if (holders.size() == 1) {
				own.get(holders.get(0).slug()).add(statement);
			}
			else if (holders.size() > 1) {
				sharedBy.computeIfAbsent(holders, h -> new ArrayList<>()).add(statement);
			}
		}
		// Ground all the roles share comes first, then ground of fewer, in the roles'
		// order.
		var groups = new ArrayList<>(sharedBy.entrySet());
		groups.sort(Map.Entry.comparingByKey(SHARED_GROUND_ORDER));
		Set<String> sharing = groups.stream()
			.flatMap(e -> e.getKey().stream())
			.map(RoleSummary::slug)
			.collect(Collectors.toSet());

		var cells = compared.stream()
			.map(role -> new ComparisonRow.Cell(role,
					own.get(role.slug()).stream().map(s -> RoleService.cite(s, notes)).toList(),
					sharing.contains(role.slug())))
			.toList();
		var shared = onlyDifferences ? List.<ComparisonRow.SharedGround>of()
				: groups.stream()
					.map(e -> new ComparisonRow.SharedGround(e.getKey(), e.getKey().size() == compared.size(),
							e.getValue().stream().map(s -> RoleService.cite(s, notes)).toList()))
					.toList();
		int hiddenShared = onlyDifferences ? groups.stream().mapToInt(e -> e.getValue().size()).sum() : 0;
		var divergence = aspect.getDivergence()
			.map(note -> new ComparisonRow.Divergence(aspect.getDivergenceKind(), note,
					notes.cite(aspect.getDivergenceCitations())));
		return new ComparisonRow(aspect.getSlug(), aspect.getName(), aspect.getQuestion(),
				kind(cells, groups.isEmpty()), cells, shared, hiddenShared, divergence);
	}

	private static ComparisonRow.Kind kind(List<ComparisonRow.Cell> cells, boolean nothingShared) {
		if (!cells.stream().allMatch(ComparisonRow.Cell::described)) {
			return ComparisonRow.Kind.ONE_SIDED;
		}
		if (nothingShared) {
			return ComparisonRow.Kind.DIFFERS;
		}
		boolean noneOwn = cells.stream().allMatch(cell -> cell.statements().isEmpty());
		return noneOwn ? ComparisonRow.Kind.SHARED : ComparisonRow.Kind.PARTLY_SHARED;
	}

	private static boolean holds(Statement statement, String roleSlug) {
		return statement.getRoles().stream().map(Role::getSlug).anyMatch(roleSlug::equals);
	}

}
