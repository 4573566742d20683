package com.breachimpact.extraction;

import java.util.Locale;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decorates a handler of Tika's XHTML so that each table row ({@code tr}) becomes one
 * line of text, its cells ({@code td}, {@code th}) separated by tabs, as Tika writes the
 * rows of an XLSX sheet: the record readers then read the table. A cell's own line breaks
 * and tabs become spaces (a hostile cell cannot start a row or a column), its paragraphs
 * are joined by a space, a cell spanning {@code n} columns counts as {@code n} cells, and
 * empty cells at the end of a row are dropped (spreadsheets repeat empty cells to the
 * sheet's width). Whitespace between the elements of a table is formatting and dropped.
 */
class TabSeparatedRows extends ContentHandlerDecorator {

	private static final char[] TAB = { '\t' };

	private static final char[] SPACE = { ' ' };

	private static final char[] NEWLINE = { '\n' };

	private int tables;

	private boolean inRow;

	private boolean inCell;

	private int cellsInRow;

	private int span;

	private int pendingTabs;

	private boolean cellHasText;

	private boolean pendingSpace;

	TabSeparatedRows(ContentHandler handler) {
		super(handler);
	}

	@Override
	public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
		String element = element(localName, name);
		if ("table".equals(element)) {
			this.tables++;
		}
		else if (this.tables > 0 && "tr".equals(element)) {
			this.inRow = true;
			this.cellsInRow = 0;
			this.pendingTabs = 0;
		}
		else if (this.inRow && ("td".equals(element) || "th".equals(element))) {
			if (this.cellsInRow > 0) {
				this.pendingTabs++;
			}
			this.cellsInRow++;
			this.span = span(atts);
			this.inCell = true;
			this.cellHasText = false;
			this.pendingSpace = false;
		}
		else if (this.inCell && this.cellHasText && ("p".equals(element) || "br".equals(element))) {
			this.pendingSpace = true;
		}
		super.startElement(uri, localName, name, atts);
	}

	@Override
	public void endElement(String uri, String localName, String name) throws SAXException {
		super.endElement(uri, localName, name);
		String element = element(localName, name);
		if ("table".equals(element) && this.tables > 0) {
			this.tables--;
		}
		else if (this.inRow && "tr".equals(element)) {
			this.inRow = false;
			this.inCell = false;
			super.characters(NEWLINE, 0, 1);
		}
		else if (this.inCell && ("td".equals(element) || "th".equals(element))) {
			this.inCell = false;
			this.pendingTabs += this.span - 1;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (this.tables == 0) {
			super.characters(ch, start, length);
			return;
		}
		if (!this.inCell) {
			// text of a table outside its cells (a caption): kept on a line of its own
			if (!this.inRow) {
				super.characters(ch, start, length);
			}
			return;
		}
		char[] text = new char[length];
		boolean visible = false;
		for (int i = 0; i < length; i++) {
			char c = ch[start + i];
			text[i] = (c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') ? ' ' : c;
			visible |= !Character.isWhitespace(text[i]);
		}
		if (!visible && !this.cellHasText) {
			return;
		}
		for (; this.pendingTabs > 0; this.pendingTabs--) {
			super.characters(TAB, 0, 1);
		}
		if (this.pendingSpace) {
			super.characters(SPACE, 0, 1);
			this.pendingSpace = false;
		}
		super.characters(text, 0, length);
		this.cellHasText = true;
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		if (this.tables == 0) {
			super.ignorableWhitespace(ch, start, length);
		}
	}

	private static String element(String localName, String name) {
		String element = (localName != null && !localName.isEmpty()) ? localName : name;
		return (element != null) ? element.toLowerCase(Locale.ROOT) : "";
	}

	private static int span(Attributes atts) {
		String colspan = (atts != null) ? atts.getValue("colspan") : null;
		if (colspan == null) {
			return 1;
		}
		try {
			// a sheet repeats empty cells to its full width: bounded, they are dropped
			// anyway
			return Math.max(1, Math.min(Integer.parseInt(colspan.trim()), 16_384));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
