package io.execroles.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu), run in-process on one page
 * at a time.
 */
final class HtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final List<String> errors = new ArrayList<>();

	private final SimpleDocumentValidator validator;

	HtmlChecker() throws Exception {
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				record(exception);
			}

			@Override
			public void fatalError(SAXParseException exception) {
				record(exception);
			}
		};
		this.validator = new SimpleDocumentValidator(true, false, false);
		this.validator.setUpMainSchema(HTML_SCHEMA, collect);
		this.validator.setUpValidatorAndParsers(collect, false, false);
	}

	/**
	 * The checker's errors for the page, each with its line and column; empty when the
	 * page is valid.
	 */
	synchronized List<String> errors(String html) throws Exception {
		this.errors.clear();
		var input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		input.setEncoding("UTF-8");
		this.validator.checkHtmlInputSource(input);
		return List.copyOf(this.errors);
	}

	private void record(SAXParseException exception) {
		this.errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
	}

}
