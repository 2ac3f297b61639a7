package io.execroles.content;

import java.util.List;

/**
 * Content documents that cannot be served as they are. Each problem names its file and
 * field ({@code aspects/focus.yaml: statements[2].cite[0]: …}), so that an editor knows
 * where to look.
 */
public class ContentException extends RuntimeException {

	private final List<String> problems;

	ContentException(List<String> problems) {
		super("The content documents have " + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s")
				+ ":\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
