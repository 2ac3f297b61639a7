package io.execroles.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.execroles.content.Aspect;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.GlanceLine;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.source.Notes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Lines roles up aspect by aspect, from the content snapshot. */
@Service
public class ComparisonService {

	public static final int MIN_ROLES = 2;

	public static final int MAX_ROLES = 4;

	/**
	 * Ground shared by more roles comes first; among equals, the one whose holders come
	 * first in the roles' order. Holders are always listed in that order.
	 */
	private static final Comparator<List<Role>> SHARED_GROUND_ORDER = Comparator
		.comparingInt((List<Role> holders) -> -holders.size())
		.thenComparing((a, b) -> {
			for (int i = 0; i < a.size(); i++) {
				int order = Integer.compare(a.get(i).order(), b.get(i).order());
				if (order != 0) {
					return order;
				}
			}
			return 0;
		});

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ContentSnapshot content;

	private final RoleService roles;

	ComparisonService(ContentSnapshot content, RoleService roles) {
		this.content = content;
		this.roles = roles;
	}

	/**
	 * The roles an address such as {@code cto-vs-cio} names; see {@link #resolve(List)}.
	 */
	ComparisonAddress address(String names) {
		List<Role> roles = resolve(List.of(names.split(RolePaths.VERSUS, -1)));
		return new ComparisonAddress(roles, RolePaths.comparison(roles));
	}

	/**
	 * The roles a request names, in canonical order.
	 * @throws ResponseStatusException 400 for fewer than two, more than four or repeated
	 * roles; 404 for a role that does not exist
	 */
	public List<Role> resolve(List<String> requested) {
		var slugs = requested.stream().map(String::toLowerCase).toList();
		if (slugs.size() < MIN_ROLES || slugs.size() > MAX_ROLES) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A comparison takes from " + MIN_ROLES + " to "
					+ MAX_ROLES + " roles; this address names " + slugs.size() + ".");
		}
		if (new HashSet<>(slugs).size() < slugs.size()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A comparison names each role once; this address repeats one.");
		}
		var found = new ArrayList<Role>();
		for (String slug : slugs) {
			found.add(this.roles.find(slug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						SLUG.matcher(slug).matches() ? "There is no role called “" + slug + "”."
								: "This address names a role that does not exist.")));
		}
		found.sort(Comparator.comparingInt(Role::order));
		return List.copyOf(found);
	}

	/** Compares roles that {@link #resolve} returned, common ground included. */
	public Comparison compare(List<Role> compared) {
		return compare(compared, false);
	}

	/**
	 * Compares roles that {@link #resolve} returned; with {@code onlyDifferences} the
	 * shared ground is left out, so that the page cites only what it shows. Every row
	 * keeps the kind it has in full.
	 */
	public Comparison compare(List<Role> compared, boolean onlyDifferences) {
		var notes = new Notes();
		String path = RolePaths.comparison(compared);
		// The lead and the glance come first on the page, so their citations are numbered
		// first.
		Glance glance = glance(compared, path, notes);
		var rows = new ArrayList<ComparisonRow>();
		for (Aspect aspect : this.content.aspects()) {
			var onAspect = this.content.statements()
				.stream()
				.filter(s -> s.aspect().slug().equals(aspect.slug()))
				.filter(s -> compared.stream().anyMatch(s::isHeldBy))
				.toList();
			if (!onAspect.isEmpty()) {
				rows.add(row(aspect, onAspect, compared, onlyDifferences, notes));
			}
		}
		return new Comparison(compared, glance, List.copyOf(rows), notes.all(), path, onlyDifferences);
	}

	/**
	 * The lead and the glance lines for the roles, cited as {@link #compare} cites them.
	 */
	public Glance glance(List<Role> compared) {
		return glance(compared, RolePaths.comparison(compared), new Notes());
	}

	private Glance glance(List<Role> compared, String path, Notes notes) {
		var lead = compared.stream().map(role -> new Glance.Lead(role, notes.cite(role.lead().passages()))).toList();
		var rows = new ArrayList<Glance.Row>();
		for (GlanceLine line : this.content.glance()) {
			if (compared.stream().noneMatch(role -> line.gistOf(role).isPresent())) {
				continue;
			}
			var cells = compared.stream()
				.map(role -> line.gistOf(role)
					.map(gist -> new Glance.Cell(role, gist.reading(), notes.cite(gist.passages())))
					.orElseGet(() -> new Glance.Cell(role, null, List.of())))
				.toList();
			rows.add(new Glance.Row(line.aspect().slug(), line.aspect().name(), line.label(), cells));
		}
		return new Glance(compared, lead, List.copyOf(rows), path);
	}

	private static ComparisonRow row(Aspect aspect, List<Statement> onAspect, List<Role> compared,
			boolean onlyDifferences, Notes notes) {
		// Who among the compared roles holds each statement: one holder makes it that
		// role's own, several make it shared ground, said once for all of them.
		var own = new LinkedHashMap<String, List<Statement>>();
		compared.forEach(role -> own.put(role.slug(), new ArrayList<>()));
		var sharedBy = new LinkedHashMap<List<Role>, List<Statement>>();
		for (Statement statement : onAspect) {
			List<Role> holders = compared.stream().filter(statement::isHeldBy).toList();
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
			.map(Role::slug)
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
		var divergences = aspect.divergences()
			.stream()
			.map(note -> new ComparisonRow.Divergence(note.slug(), note.kind(), note.text(),
					notes.cite(note.passages())))
			.toList();
		return new ComparisonRow(aspect.slug(), aspect.name(), aspect.question(), aspect.aliases(),
				kind(cells, groups.isEmpty()), cells, shared, hiddenShared, divergences);
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

}
