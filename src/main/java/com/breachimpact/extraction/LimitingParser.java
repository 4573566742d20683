package com.breachimpact.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decorates the parser that a {@link org.apache.tika.parser.RecursiveParserWrapper} calls
 * for a file and for each of its members, and enforces the {@link ExtractionLimits} found
 * in the {@link ParseContext}: it counts the nesting depth and the members, and wraps
 * every member's stream so that the bytes expanded from it are counted as they are read.
 * Nothing is written to disk here; a parser may still spool a member to a temporary file
 * of Tika's own naming, through the counting stream.
 */
class LimitingParser extends ParserDecorator {

	private static final long serialVersionUID = 1L;

	LimitingParser(Parser parser) {
		super(parser);
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		ExtractionLimits limits = context.get(ExtractionLimits.class);
		if (limits == null) {
			super.parse(stream, handler, metadata, context);
			return;
		}
		try {
			int level = limits.enter(metadata);
			if (level == 0) {
				super.parse(stream, handler, metadata, context);
				return;
			}
			TikaInputStream member = TikaInputStream.cast(stream);
			if (member != null && member.hasFile()) {
				// already expanded to a file by the container's parser: count it whole
				limits.expand(Files.size(member.getPath()), metadata);
				super.parse(stream, handler, metadata, context);
				return;
			}
			try (TemporaryResources tmp = new TemporaryResources()) {
				TikaInputStream counted = TikaInputStream.get(limits.counting(stream, metadata), tmp, metadata);
				if (member != null && member.getOpenContainer() != null) {
					counted.setOpenContainer(member.getOpenContainer());
				}
				super.parse(counted, handler, metadata, context);
			}
		}
		finally {
			limits.leave();
		}
	}

}
