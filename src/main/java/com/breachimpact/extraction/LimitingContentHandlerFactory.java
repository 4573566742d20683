package com.breachimpact.extraction;

import java.io.OutputStream;
import java.nio.charset.Charset;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.WriteLimiter;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Decorates the handlers of another factory so that every text event checks the
 * {@link ExtractionLimits} (time, and a limit hit before) and counts as progress.
 */
class LimitingContentHandlerFactory implements ContentHandlerFactory, WriteLimiter {

	private static final long serialVersionUID = 1L;

	private final ContentHandlerFactory factory;

	private final transient ExtractionLimits limits;

	LimitingContentHandlerFactory(ContentHandlerFactory factory, ExtractionLimits limits) {
		this.factory = factory;
		this.limits = limits;
	}

	@Override
	public ContentHandler getNewContentHandler() {
		return new LimitingHandler(this.factory.getNewContentHandler());
	}

	@Override
	public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
		return new LimitingHandler(this.factory.getNewContentHandler(os, charset));
	}

	@Override
	public int getWriteLimit() {
		return (this.factory instanceof WriteLimiter limiter) ? limiter.getWriteLimit() : -1;
	}

	@Override
	public boolean isThrowOnWriteLimitReached() {
		return (this.factory instanceof WriteLimiter limiter) && limiter.isThrowOnWriteLimitReached();
	}

	private final class LimitingHandler extends ContentHandlerDecorator {

		LimitingHandler(ContentHandler handler) {
			super(handler);
		}

		@Override
		public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
			check();
			super.startElement(uri, localName, name, atts);
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			check();
			super.characters(ch, start, length);
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
			check();
			super.ignorableWhitespace(ch, start, length);
		}

		private void check() throws SAXException {
			try {
				LimitingContentHandlerFactory.this.limits.check();
			}
			catch (ExtractionLimitException ex) {
				throw new SAXException(ex);
			}
		}

	}

}
