package io.execroles.comparison;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import io.execroles.role.CitedStatement;
import io.execroles.role.RoleSummary;
import io.execroles.source.Note;
import io.execroles.web.SiteProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison as a spreadsheet: one row per aspect, one column per role, and a last
 * column with the passages the row's statements cite. Statements carry their note numbers
 * ([3]) so that each stays tied to its passage.
 */
final class ComparisonCsv {

	private ComparisonCsv() {
	}

	static String write(Comparison comparison, SiteProperties site) {
		var header = new ArrayList<String>();
		header.add("Aspect");
		comparison.roles().stream().map(RoleSummary::abbreviation).forEach(header::add);
		header.add("Sources");
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (ComparisonRow row : comparison.rows()) {
				var record = new ArrayList<String>();
				record.add(row.name());
				var notes = new LinkedHashSet<Note>();
				for (ComparisonRow.Cell cell : row.cells()) {
					var statements = new ArrayList<CitedStatement>(cell.statements());
					statements.addAll(row.shared());
					statements.forEach(s -> notes.addAll(s.notes()));
					record.add(statements.stream().map(ComparisonCsv::cited).collect(Collectors.joining("\n")));
				}
				row.divergence().ifPresent(d -> notes.addAll(d.notes()));
				record.add(notes.stream()
					.sorted(java.util.Comparator.comparingInt(Note::number))
					.map(note -> "[" + note.number() + "] “" + note.passage() + "” " + note.sourceTitle() + ", "
							+ note.publisher() + " (" + note.originalUrl() + "); on this site: "
							+ site.absolute(note.href()))
					.collect(Collectors.joining("\n")));
				csv.printRecord(record);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String cited(CitedStatement statement) {
		return statement.text() + " "
				+ statement.notes().stream().map(note -> "[" + note.number() + "]").collect(Collectors.joining(""));
	}

}
