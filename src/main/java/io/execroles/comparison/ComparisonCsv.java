package io.execroles.comparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.content.Role;
import io.execroles.role.CitedStatement;
import io.execroles.source.Note;
import io.execroles.web.SiteProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison as a spreadsheet: one row per aspect, with its kind, one column per
 * role, the shared ground said once, the note where the sources diverge, and a last
 * column with the passages the row cites. Statements carry their note numbers ([3]) so
 * that each stays tied to its passage.
 */
final class ComparisonCsv {

	private ComparisonCsv() {
	}

	/**
	 * Spreadsheets (Excel above all) read text after it as UTF-8, typographic quotes and
	 * all.
	 */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	static String write(Comparison comparison, SiteProperties site) {
		var header = new ArrayList<String>();
		header.add("Aspect");
		header.add("Kind");
		comparison.roles().stream().map(Role::abbreviation).forEach(header::add);
		header.add("Shared");
		header.add("Where the sources diverge");
		header.add("Sources");
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (ComparisonRow row : comparison.rows()) {
				var record = new ArrayList<String>();
				record.add(row.name());
				record.add(row.label());
				var notes = new LinkedHashSet<Note>();
				for (ComparisonRow.Cell cell : row.cells()) {
					cell.statements().forEach(s -> notes.addAll(s.notes()));
					record.add(cell.statements().stream().map(ComparisonCsv::cited).collect(Collectors.joining("\n")));
				}
				// Shared ground is said once, as on the page, naming who holds it.
				record.add(row.shared().stream().map(ground -> {
					ground.statements().forEach(s -> notes.addAll(s.notes()));
					return ground.label() + ": "
							+ ground.statements().stream().map(ComparisonCsv::cited).collect(Collectors.joining(" "));
				}).collect(Collectors.joining("\n")));
				record.add(row.divergences().stream().map(d -> {
					notes.addAll(d.notes());
					return d.kind().label() + " " + d.topic() + ". " + d.note() + " "
							+ d.notes().stream().map(note -> "[" + note.number() + "]").collect(Collectors.joining(""));
				}).collect(Collectors.joining("\n")));
				record.add(sources(notes, site));
				csv.printRecord(record.stream().map(ComparisonCsv::inert).toList());
			}
			for (Comparison.Line line : comparison.lines()) {
				// A line under the table: what one role alone holds goes in its column,
				// what several hold is said once, naming them, as on the page.
				var record = new ArrayList<String>();
				record.add(line.name());
				record.add("");
				var notes = new LinkedHashSet<Note>();
				line.items().forEach(item -> notes.addAll(item.statement().notes()));
				for (Role role : comparison.roles()) {
					record.add(line.items()
						.stream()
						.filter(item -> item.heldBy().equals(List.of(role)))
						.map(item -> cited(item.statement()))
						.collect(Collectors.joining("\n")));
				}
				record.add(line.items()
					.stream()
					.filter(item -> item.heldBy().size() > 1)
					.map(item -> item.holders() + ": " + cited(item.statement()))
					.collect(Collectors.joining("\n")));
				record.add("");
				record.add(sources(notes, site));
				csv.printRecord(record.stream().map(ComparisonCsv::inert).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return BYTE_ORDER_MARK + out;
	}

	private static String sources(Collection<Note> notes, SiteProperties site) {
		return notes.stream()
			.sorted(Comparator.comparingInt(Note::number))
			.map(note -> "[" + note.number() + "] “" + note.text() + "” " + note.sourceTitle() + ", " + note.publisher()
					+ " (" + note.originalUrl() + "); on this site: " + site.absolute(note.href()))
			.collect(Collectors.joining("\n"));
	}

	/**
	 * A spreadsheet runs a cell that starts with =, +, - or @ as a formula; such a cell
	 * is written with a leading apostrophe, which spreadsheets show as plain text.
	 */
	static String inert(String cell) {
		return (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

	private static String cited(CitedStatement statement) {
		return statement.text() + " "
				+ statement.notes().stream().map(note -> "[" + note.number() + "]").collect(Collectors.joining(""));
	}

}
