package io.execroles.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.execroles.source.SourcePage.Block;
import io.execroles.source.SourcePage.Kind;
import io.execroles.source.SourcePage.Segment;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lays out the articles for reading, with their cited passages marked. */
@Service
@Transactional(readOnly = true)
public class SourceService {

	private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

	private static final String BULLET = "•";

	/** Articles' headings are short lines that end without a full stop. */
	private static final int LONGEST_HEADING = 80;

	private final SourceRepository sources;

	private final CitationUses uses;

	SourceService(@Lazy SourceRepository sources, CitationUses uses) {
		this.sources = sources;
		this.uses = uses;
	}

	public List<SourceSummary> findAll() {
		return this.sources.findAllByOrderByDisplayOrder().stream().map(SourceSummary::of).toList();
	}

	public Optional<SourcePage> findPage(String slug) {
		return this.sources.findBySlug(slug).map(this::layOut);
	}

	private SourcePage layOut(Source source) {
		List<Citation> citations = this.sources.findAllCitations()
			.stream()
			.filter(c -> c.getSource().getId().equals(source.getId()))
			.toList();
		Map<String, List<CitationUses.Use>> usesByAnchor = this.uses.of(source.getSlug());
		var blocks = new ArrayList<Block>();
		String[] chunks = BLANK_LINES.split(source.getBody().strip());
		// The first chunk is the article's title, which the page shows as its heading.
		for (int i = 1; i < chunks.length; i++) {
			List<String> lines = chunks[i].lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			if (lines.stream().allMatch(l -> l.startsWith(BULLET))) {
				blocks.add(new Block(Kind.LIST,
						lines.stream()
							.map(l -> segments(l.substring(BULLET.length()).strip(), citations, usesByAnchor))
							.toList()));
			}
			else {
				String text = String.join(" ", lines);
				Kind kind = (text.length() <= LONGEST_HEADING && !text.endsWith(".")) ? Kind.HEADING : Kind.PARAGRAPH;
				blocks.add(new Block(kind, List.of(segments(text, citations, usesByAnchor))));
			}
		}
		return new SourcePage(SourceSummary.of(source), List.copyOf(blocks), citations.size());
	}

	/**
	 * Splits text into plain runs and the cited passages within it; passages never
	 * overlap.
	 */
	private static List<Segment> segments(String text, List<Citation> citations,
			Map<String, List<CitationUses.Use>> usesByAnchor) {
		List<Citation> inText = citations.stream()
			.filter(c -> text.contains(c.getPassage()))
			.sorted(Comparator.comparingInt(c -> text.indexOf(c.getPassage())))
			.toList();
		var segments = new ArrayList<Segment>();
		int at = 0;
		for (Citation citation : inText) {
			int start = text.indexOf(citation.getPassage());
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), null, List.of()));
			}
			segments.add(new Segment(citation.getPassage(), citation.getAnchor(),
					usesByAnchor.getOrDefault(citation.getAnchor(), List.of())));
			at = start + citation.getPassage().length();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null, List.of()));
		}
		return List.copyOf(segments);
	}

}
