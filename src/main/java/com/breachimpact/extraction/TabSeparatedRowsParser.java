package com.breachimpact.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser for the given types whose table rows come out as tab-separated lines
 * ({@link TabSeparatedRows}): OpenDocument spreadsheets, which Tika otherwise writes one
 * cell per line.
 */
class TabSeparatedRowsParser extends ParserDecorator {

	private static final long serialVersionUID = 1L;

	private final Set<MediaType> types;

	TabSeparatedRowsParser(Parser parser, Set<MediaType> types) {
		super(parser);
		this.types = Set.copyOf(types);
	}

	@Override
	public Set<MediaType> getSupportedTypes(ParseContext context) {
		return this.types;
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		super.parse(stream, new TabSeparatedRows(handler), metadata, context);
	}

}
