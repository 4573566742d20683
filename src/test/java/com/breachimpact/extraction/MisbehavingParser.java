package com.breachimpact.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser that misbehaves on purpose, by the extension of the resource name, and parses
 * everything else with Tika's auto-detecting parser: {@code .hang} sleeps for ever
 * without reading or writing, {@code .oom} allocates until the heap is exhausted,
 * {@code .stack} recurses until the stack overflows, {@code .exit} halts the JVM,
 * {@code .drip} writes a line of text every 20 ms for ever, and {@code .stubborn} does
 * the same but ignores the exceptions its handler throws, {@code .pid} writes the process
 * id of the JVM that parses it (to observe which child did), and {@code .leak} stands for
 * a file that is fine on its own but meets a parser JVM that leaked: it runs out of
 * memory unless it is the first file of its JVM, else it writes a line of text. Public
 * with a no-argument constructor so that a {@link ParserProcessMain} can load it by name.
 */
public class MisbehavingParser extends AbstractParser {

	private static final long serialVersionUID = 1L;

	/** Exit code of a parser process halted by a {@code .exit} file. */
	static final int EXIT_CODE = 42;

	private final AutoDetectParser delegate = new AutoDetectParser();

	/** Files parsed in this JVM (a parser process loads one instance). */
	private static final AtomicInteger parsed = new AtomicInteger();

	/** Held so that the allocations of {@code .oom} cannot be collected. */
	private final List<long[]> hog = new ArrayList<>();

	@Override
	public Set<MediaType> getSupportedTypes(ParseContext context) {
		return this.delegate.getSupportedTypes(context);
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
		boolean firstOfThisJvm = parsed.incrementAndGet() == 1;
		if (name.endsWith(".leak") && firstOfThisJvm) {
			XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
			xhtml.startDocument();
			xhtml.element("p", "parsed by a fresh parser process");
			xhtml.endDocument();
		}
		else if (name.endsWith(".hang")) {
			hang();
		}
		else if (name.endsWith(".oom") || name.endsWith(".leak")) {
			while (true) {
				this.hog.add(new long[1 << 20]);
			}
		}
		else if (name.endsWith(".stack")) {
			recurse(0);
		}
		else if (name.endsWith(".exit")) {
			Runtime.getRuntime().halt(EXIT_CODE);
		}
		else if (name.endsWith(".pid")) {
			XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
			xhtml.startDocument();
			xhtml.element("p", "pid " + ProcessHandle.current().pid());
			xhtml.endDocument();
		}
		else if (name.endsWith(".drip") || name.endsWith(".stubborn")) {
			drip(handler, metadata, name.endsWith(".stubborn"));
		}
		else {
			this.delegate.parse(stream, handler, metadata, context);
		}
	}

	private static void hang() {
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				// keep hanging
			}
		}
	}

	private static int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}

	private static void drip(ContentHandler handler, Metadata metadata, boolean stubborn) throws SAXException {
		XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
		xhtml.startDocument();
		for (int line = 0;; line++) {
			try {
				xhtml.element("p", "drip line " + line);
			}
			catch (SAXException ex) {
				if (!stubborn) {
					throw ex;
				}
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				// keep dripping
			}
		}
	}

}
