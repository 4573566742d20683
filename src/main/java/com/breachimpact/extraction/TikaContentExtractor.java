package com.breachimpact.extraction;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.xml.sax.SAXException;

/**
 * {@link ContentExtractor} over Apache Tika: an {@link AutoDetectParser}
 * decorated by a {@link RecursiveParserWrapper}, so that archives, mail
 * attachments and embedded objects are extracted member by member, in memory,
 * with one write limit over the whole file.
 */
public class TikaContentExtractor implements ContentExtractor {

	private final Parser parser;

	private final ExtractionProperties properties;

	public TikaContentExtractor(ExtractionProperties properties) {
		this(new AutoDetectParser(), properties);
	}

	/**
	 * Create an extractor over the given parser (tests use parsers that
	 * misbehave on purpose).
	 * @param parser the parser to wrap; it must detect types itself
	 * @param properties the limits
	 */
	public TikaContentExtractor(Parser parser, ExtractionProperties properties) {
		this.parser = new RecursiveParserWrapper(parser);
		this.properties = properties;
	}

	@Override
	public Extraction extract(Path file, String name) {
		try {
			if (Files.size(file) == 0) {
				return Extraction.failed(ExtractionStatus.EMPTY, "0-byte file", null);
			}
		}
		catch (NoSuchFileException ex) {
			return Extraction.failed(ExtractionStatus.VANISHED, "file vanished before analysis", null);
		}
		catch (IOException ex) {
			return Extraction.failed(ExtractionStatus.UNREADABLE, describe(ex), null);
		}
		ParseContext context = new ParseContext();
		BasicContentHandlerFactory handlers = new BasicContentHandlerFactory(
				BasicContentHandlerFactory.HANDLER_TYPE.TEXT, this.properties.writeLimit(), false, context);
		RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(handlers,
				this.properties.maxEmbedded());
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		ExtractionStatus failure = null;
		String detail = null;
		try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
			this.parser.parse(stream, handler, metadata, context);
		}
		catch (EncryptedDocumentException ex) {
			failure = ExtractionStatus.ENCRYPTED;
			detail = "encrypted or password-protected: " + ex.getMessage();
		}
		catch (ZeroByteFileException ex) {
			failure = ExtractionStatus.EMPTY;
			detail = "no content";
		}
		catch (NoSuchFileException | FileNotFoundException ex) {
			failure = ExtractionStatus.VANISHED;
			detail = "file vanished during analysis";
		}
		catch (AccessDeniedException ex) {
			failure = ExtractionStatus.UNREADABLE;
			detail = "permission denied";
		}
		catch (TikaException | SAXException | IOException | RuntimeException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				failure = null; // recorded below from the metadata
			}
			else if (isEncrypted(ex)) {
				failure = ExtractionStatus.ENCRYPTED;
				detail = "encrypted or password-protected: " + rootMessage(ex);
			}
			else {
				failure = ExtractionStatus.CORRUPT;
				detail = "parser failed: " + rootMessage(ex);
			}
		}
		catch (StackOverflowError ex) {
			failure = ExtractionStatus.CORRUPT;
			detail = "parser overflowed its stack";
		}
		List<Metadata> documents = handler.getMetadataList();
		List<ExtractedPart> parts = toParts(documents);
		String mediaType = documents.isEmpty() ? metadata.get(Metadata.CONTENT_TYPE)
				: documents.get(0).get(Metadata.CONTENT_TYPE);
		if (failure != null) {
			return new Extraction(failure, detail, mediaType, parts);
		}
		if (documents.stream().anyMatch((d) -> Boolean.parseBoolean(d.get(TikaCoreProperties.WRITE_LIMIT_REACHED)))) {
			return new Extraction(ExtractionStatus.TRUNCATED,
					"text cut at the write limit of " + this.properties.writeLimit() + " characters", mediaType, parts);
		}
		return new Extraction(ExtractionStatus.OK, null, mediaType, parts);
	}

	private List<ExtractedPart> toParts(List<Metadata> documents) {
		List<ExtractedPart> parts = new ArrayList<>(documents.size());
		Map<String, String> pathsById = new HashMap<>();
		for (Metadata document : documents) {
			Integer depth = document.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
			String text = document.get(TikaCoreProperties.TIKA_CONTENT);
			String embeddedException = document.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
			ExtractionStatus status = ExtractionStatus.OK;
			String detail = null;
			if (embeddedException != null) {
				status = embeddedException.contains("EncryptedDocumentException") ? ExtractionStatus.ENCRYPTED
						: ExtractionStatus.CORRUPT;
				detail = firstLine(embeddedException);
			}
			parts.add(new ExtractedPart(memberPath(document, pathsById), document.get(Metadata.CONTENT_TYPE),
					withoutLeadingNewlines(text), (depth != null) ? depth : 0, status, detail));
		}
		return parts;
	}

	/**
	 * The path of a member inside the file: its path inside its container (an
	 * archive entry keeps its folders), prefixed by the path of the container
	 * and {@code !/} when the container is itself a member.
	 */
	private static String memberPath(Metadata document, Map<String, String> pathsById) {
		String idPath = document.get(TikaCoreProperties.EMBEDDED_ID_PATH);
		if (idPath == null) {
			return "";
		}
		String name = document.get(TikaCoreProperties.INTERNAL_PATH);
		if (name == null || name.isBlank()) {
			name = document.get(TikaCoreProperties.RESOURCE_NAME_KEY);
		}
		if (name == null || name.isBlank()) {
			String resourcePath = document.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
			name = (resourcePath != null) ? resourcePath.substring(resourcePath.lastIndexOf('/') + 1) : "";
		}
		if (name.startsWith("/")) {
			name = name.substring(1);
		}
		int slash = idPath.lastIndexOf('/');
		String parent = (slash > 0) ? pathsById.get(idPath.substring(0, slash)) : null;
		String path = (parent != null) ? parent + "!/" + name : name;
		pathsById.put(idPath, path);
		return path;
	}

	/**
	 * Tika's text output starts with a blank line per element of the XHTML head;
	 * without them, line numbers in the text are those of a plain text file.
	 */
	private static String withoutLeadingNewlines(String text) {
		if (text == null) {
			return "";
		}
		int start = 0;
		while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
			start++;
		}
		return text.substring(start);
	}

	private static boolean isEncrypted(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof EncryptedDocumentException) {
				return true;
			}
			String type = t.getClass().getName();
			if (type.endsWith("InvalidPasswordException") || type.endsWith("EncryptedDocumentException")) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + firstLine(message) : "");
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		String line = (newline >= 0) ? message.substring(0, newline) : message;
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line;
	}

	private static String describe(IOException ex) {
		return (ex instanceof AccessDeniedException) ? "permission denied" : rootMessage(ex);
	}

}
