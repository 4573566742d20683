package com.breachimpact.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.unbescape.html.HtmlEscape;

/**
 * The text of a report file as a reader gets it: PDF text extracted with PDFBox, the
 * visible text of HTML (block elements apart, inline elements joined, entities decoded,
 * styles left out), CSV as written; runs of white space made one space.
 */
final class ReportText {

	private static final Pattern BLOCK = Pattern
		.compile("</?(p|div|td|th|tr|table|thead|tbody|li|ul|h1|h2|h3|br|title|svg|g|text|body|head|html)\\b[^>]*>");

	private ReportText() {
	}

	/** The source of a file, HTML entities decoded: for checks on attributes too. */
	static String source(Path file) {
		if (file.getFileName().toString().endsWith(".html")) {
			try {
				return HtmlEscape.unescapeHtml(Files.readString(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return of(file);
	}

	static String of(Path file) {
		try {
			String name = file.getFileName().toString();
			String text;
			if (name.endsWith(".pdf")) {
				try (PDDocument document = Loader.loadPDF(file.toFile())) {
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setSortByPosition(true);
					text = stripper.getText(document);
				}
			}
			else if (name.endsWith(".html")) {
				text = Files.readString(file).replaceAll("(?s)<style.*?</style>", " ");
				text = BLOCK.matcher(text).replaceAll(" ").replaceAll("<[^>]*>", "");
				text = HtmlEscape.unescapeHtml(text);
			}
			else {
				text = Files.readString(file);
			}
			return text.replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
