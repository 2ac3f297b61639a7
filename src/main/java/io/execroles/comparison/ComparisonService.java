package io.execroles.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.execroles.content.Aspect;
import io.execroles.content.AspectLayout;
import io.execroles.content.ContentSnapshot;
import io.execroles.content.Direction;
import io.execroles.content.Divergence;
import io.execroles.content.GlanceLine;
import io.execroles.content.Passage;
import io.execroles.content.Picture;
import io.execroles.content.Role;
import io.execroles.content.Statement;
import io.execroles.role.RolePaths;
import io.execroles.role.RoleService;
import io.execroles.source.Cite;
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
	 * Compares roles that {@link #resolve} returned. With {@code onlyDifferences} the
	 * page is the lead and the table alone: the glance, the pictures, the shared ground
	 * and the lines are left out, and so are the rows that hold nothing else, so that the
	 * page cites only what it shows; every row shown keeps the kind it has in full.
	 */
	public Comparison compare(List<Role> compared, boolean onlyDifferences) {
		var notes = new Notes();
		String path = RolePaths.comparison(compared);
		// The lead, the glance and the pictures come first on the page, so their
		// citations are numbered first.
		Glance glance = glance(compared, path, notes, !onlyDifferences);
		Pictures pictures = onlyDifferences ? new Pictures(null, null) : pictures(compared, notes);
		var rows = new ArrayList<ComparisonRow>();
		var lines = new ArrayList<Comparison.Line>();
		var leftOut = new ArrayList<String>();
		int hidden = 0;
		for (Aspect aspect : this.content.aspects()) {
			var onAspect = this.content.statements()
				.stream()
				.filter(s -> s.aspect().slug().equals(aspect.slug()))
				.filter(s -> compared.stream().anyMatch(s::isHeldBy))
				.toList();
			if (onAspect.isEmpty()) {
				continue;
			}
			if (aspect.layout() == AspectLayout.LINE) {
				if (onlyDifferences) {
					hidden += onAspect.size();
					leftOut.add(aspect.slug());
					leftOut.addAll(aspect.aliases());
					continue;
				}
				var items = new ArrayList<Comparison.Line.Item>();
				for (Statement statement : onAspect) {
					List<Role> holders = compared.stream().filter(statement::isHeldBy).toList();
					items.add(new Comparison.Line.Item(holders(holders, compared), holders,
							RoleService.cite(statement, notes)));
				}
				lines.add(new Comparison.Line(aspect.slug(), aspect.name(), aspect.aliases(), List.copyOf(items)));
				continue;
			}
			ComparisonRow row = row(aspect, onAspect, compared, onlyDifferences, notes);
			hidden += row.hiddenShared();
			if (onlyDifferences && row.kind() == ComparisonRow.Kind.SHARED) {
				leftOut.add(row.anchor());
				leftOut.addAll(row.aliases());
				continue;
			}
			rows.add(row);
		}
		return new Comparison(compared, glance, pictures, List.copyOf(rows), List.copyOf(lines), notes.all(),
				notes.controls(), path, onlyDifferences, hidden, List.copyOf(leftOut));
	}

	/**
	 * The lead and the glance lines for the roles, cited as {@link #compare} cites them.
	 */
	public Glance glance(List<Role> compared) {
		return glance(compared, RolePaths.comparison(compared), new Notes(), true);
	}

	/** The comparison in brief: its lead, pictures and glance, cited as it cites them. */
	public Overview overview(List<Role> compared) {
		var notes = new Notes();
		String path = RolePaths.comparison(compared);
		Glance glance = glance(compared, path, notes, true);
		Pictures pictures = pictures(compared, notes);
		return new Overview(compared, glance, pictures, notes.all(), notes.controls(), path);
	}

	private Glance glance(List<Role> compared, String path, Notes notes, boolean withLines) {
		Set<Passage> leadPassages = new LinkedHashSet<>();
		compared.forEach(role -> leadPassages.addAll(role.lead().passages()));
		var rows = new ArrayList<Glance.Row>();
		var caveats = new ArrayList<Glance.Caveat>();
		Cite leadCite = notes.control("src-lead", leadPassages);
		for (GlanceLine line : this.content.glance()) {
			if (compared.stream().noneMatch(role -> line.gistOf(role).isPresent())) {
				continue;
			}
			Glance.Caveat caveat = (line.caveat() != null) ? caveat(line.caveat()) : null;
			if (!withLines) {
				continue;
			}
			var cells = compared.stream()
				.map(role -> line.gistOf(role)
					.map(gist -> new Glance.Cell(role, gist.reading(),
							notes.control("src-glance-" + line.slug() + "-" + role.slug(), gist.passages())))
					.orElseGet(() -> new Glance.Cell(role, null, new Cite("", List.of()))))
				.toList();
			rows.add(new Glance.Row(line.aspect().slug(), line.aspect().name(), line.label(), cells, caveat,
					line.picture()));
		}
		// The lead is qualified by every note that cites a passage it rests on.
		for (Aspect aspect : this.content.aspects()) {
			for (Divergence note : aspect.divergences()) {
				if (note.passages().stream().anyMatch(leadPassages::contains)) {
					caveats.add(caveat(note));
				}
			}
		}
		var lead = new Glance.Lead(Glance.Lead.of(compared), leadCite, List.copyOf(caveats));
		return new Glance(compared, lead, List.copyOf(rows), path);
	}

	private Glance.Caveat caveat(Divergence note) {
		return new Glance.Caveat(note.slug(), note.kind(), note.topic(),
				this.content.aspect(note.aspectSlug()).map(Aspect::name).orElse(""));
	}

	/** The pictures the glance lines ask for, for the roles that have a gist on them. */
	private Pictures pictures(List<Role> compared, Notes notes) {
		Pictures.ReportingLines reporting = null;
		var phrases = new LinkedHashMap<Role, List<String>>();
		var directions = new LinkedHashMap<Role, Direction>();
		Set<Passage> orientationPassages = new LinkedHashSet<>();
		for (GlanceLine line : this.content.glance()) {
			if (line.picture() == Picture.REPORTING_LINE && reporting == null) {
				var lines = new ArrayList<Pictures.ReportingLines.Line>();
				Set<Passage> passages = new LinkedHashSet<>();
				for (Role role : compared) {
					line.gistOf(role).ifPresent(gist -> {
						lines.add(new Pictures.ReportingLines.Line(role, gist.text(), gist.hedge(), lines.size()));
						passages.addAll(gist.passages());
					});
				}
				if (!lines.isEmpty()) {
					reporting = Pictures.ReportingLines.of(lines, notes.control("src-picture-reporting", passages));
				}
			}
			if (line.picture() == Picture.ORIENTATION) {
				for (Role role : compared) {
					line.gistOf(role).filter(gist -> gist.direction() != null).ifPresent(gist -> {
						phrases.computeIfAbsent(role, r -> new ArrayList<>()).add(gist.reading());
						directions.putIfAbsent(role, gist.direction());
						orientationPassages.addAll(gist.passages());
					});
				}
			}
		}
		Pictures.Orientation orientation = phrases.isEmpty() ? null : Pictures.Orientation.of(phrases, directions,
				notes.control("src-picture-orientation", orientationPassages));
		return new Pictures(reporting, orientation);
	}

	/**
	 * Who among the compared roles holds something: "Both", "All three", "CTO and CFO".
	 */
	private static String holders(List<Role> holders, List<Role> compared) {
		return new ComparisonRow.SharedGround(holders, holders.size() == compared.size(), List.of()).label();
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
			.map(note -> new ComparisonRow.Divergence(note.slug(), note.kind(), note.topic(), note.text(),
					notes.control("src-" + note.slug(), note.passages())))
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
