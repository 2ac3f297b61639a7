package io.execroles.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.execroles.content.ContentSnapshot;
import io.execroles.content.Passage;
import io.execroles.content.Source;
import io.execroles.source.SourcePage.Block;
import io.execroles.source.SourcePage.Kind;
import io.execroles.source.SourcePage.Segment;

import org.springframework.stereotype.Service;

/** Lays out the articles for reading, with their cited passages marked. */
@Service
public class SourceService {

	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

	private static final String BULLET = "•";

	/** Articles' headings are short lines that end without a full stop. */
	private static final int LONGEST_HEADING = 80;

	private final ContentSnapshot content;

	private final CitationUses uses;

	SourceService(ContentSnapshot content, CitationUses uses) {
		this.content = content;
		this.uses = uses;
	}

	public List<Source> findAll() {
		return this.content.sources();
	}

	public Optional<SourcePage> findPage(String slug) {
		return this.content.source(slug).map(this::layOut);
	}

	private SourcePage layOut(Source source) {
		List<Passage> passages = this.content.passages()
			.stream()
			.filter(passage -> passage.source().slug().equals(source.slug()))
			.toList();
		Map<String, List<CitationUses.Use>> usesByAnchor = this.uses.of(source.slug());
		var blocks = new ArrayList<Block>();
		var markers = new AtomicInteger();
		String[] chunks = BLANK_LINES.split(source.article().strip());
		// The first chunk is the article's title, which the page shows as its heading.
		for (int i = 1; i < chunks.length; i++) {
			List<String> lines = chunks[i].lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			if (lines.stream().allMatch(l -> l.startsWith(BULLET))) {
				blocks.add(new Block(Kind.LIST,
						lines.stream()
							.map(l -> segments(l.substring(BULLET.length()).strip(), passages, usesByAnchor, markers))
							.toList()));
			}
			else {
				String text = String.join(" ", lines);
				Kind kind = (text.length() <= LONGEST_HEADING && !text.endsWith(".")) ? Kind.HEADING : Kind.PARAGRAPH;
				blocks.add(new Block(kind, List.of(segments(text, passages, usesByAnchor, markers))));
			}
		}
		return new SourcePage(source, List.copyOf(blocks), passages.size());
	}

	/**
	 * Splits text into plain runs and the cited passages within it; passages never
	 * overlap. A passage the site uses takes the next marker.
	 */
	private static List<Segment> segments(String text, List<Passage> passages,
			Map<String, List<CitationUses.Use>> usesByAnchor, AtomicInteger markers) {
		List<Passage> inText = passages.stream()
			.filter(passage -> text.contains(passage.text()))
			.sorted(Comparator.comparingInt(passage -> text.indexOf(passage.text())))
			.toList();
		var segments = new ArrayList<Segment>();
		int at = 0;
		for (Passage passage : inText) {
			int start = text.indexOf(passage.text());
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), null, 0, List.of()));
			}
			List<CitationUses.Use> uses = usesByAnchor.getOrDefault(passage.anchor(), List.of());
			segments.add(new Segment(passage.text(), passage.anchor(), uses.isEmpty() ? 0 : markers.incrementAndGet(),
					uses));
			at = start + passage.text().length();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null, 0, List.of()));
		}
		return List.copyOf(segments);
	}

}
