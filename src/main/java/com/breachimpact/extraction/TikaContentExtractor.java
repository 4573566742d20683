package com.breachimpact.extraction;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.xml.sax.SAXException;

/**
 * {@link ContentExtractor} over Apache Tika, in the calling thread: an
 * {@link AutoDetectParser} decorated by a {@link RecursiveParserWrapper}, so that
 * archives, mail attachments and embedded objects are extracted member by member, as
 * streams, in memory, under the {@link ExtractionProperties limits} (one write limit over
 * the whole file; depth, members, expanded bytes, expansion ratio and time counted as
 * members are read). A parser that hangs without reading or writing is not stopped here:
 * use {@link ForkedContentExtractor} for that.
 */
public class TikaContentExtractor implements ContentExtractor {

	private static final String LIMIT_EXCEPTION = ExtractionLimitException.class.getName();

	private static final Set<MediaType> OPENDOCUMENT_SPREADSHEETS = Set.of(
			MediaType.application("vnd.oasis.opendocument.spreadsheet"),
			MediaType.application("vnd.oasis.opendocument.spreadsheet-template"),
			MediaType.application("vnd.oasis.opendocument.flat.spreadsheet"));

	private static final Pattern ZIP_ENTRY = Pattern.compile("used in entry (.+)$");

	private final Parser parser;

	private final ExtractionProperties properties;

	private final LongAdder progress = new LongAdder();

	/**
	 * Create an extractor over Tika's auto-detecting parser.
	 * @param properties the limits
	 */
	public TikaContentExtractor(ExtractionProperties properties) {
		this(defaultParser(), properties);
	}

	/**
	 * Tika's auto-detecting parser, except that XML documents ({@code application/xml},
	 * {@code text/xml} and their unclaimed subtypes) are read as plain text: their markup
	 * is kept, so the classifier reads their records by element name (Tika's XML parser
	 * would keep the text only); and that OpenDocument spreadsheets come out one
	 * tab-separated line per row, as XLSX sheets do (Tika writes them one cell per line),
	 * so the classifier reads their rows as records. Both the in-process and the forked
	 * extraction use it, so cached texts are the same either way.
	 * @return the parser
	 */
	static Parser defaultParser() {
		DefaultParser standard = new DefaultParser();
		Parser text = ParserDecorator.withTypes(new TXTParser(),
				Set.of(MediaType.APPLICATION_XML, MediaType.text("xml")));
		Parser spreadsheets = new TabSeparatedRowsParser(standard, OPENDOCUMENT_SPREADSHEETS);
		return new AutoDetectParser(
				new CompositeParser(MediaTypeRegistry.getDefaultRegistry(), standard, text, spreadsheets));
	}

	/**
	 * Create an extractor over the given parser (tests use parsers that misbehave on
	 * purpose).
	 * @param parser the parser to wrap; it must detect types itself
	 * @param properties the limits
	 */
	public TikaContentExtractor(Parser parser, ExtractionProperties properties) {
		this.parser = new RecursiveParserWrapper(new LimitingParser(parser));
		this.properties = properties;
	}

	/**
	 * A counter that grows while files are read (member reads, text events): a watchdog
	 * that sees it stand still knows the parser is stuck.
	 * @return the count so far
	 */
	long progress() {
		return this.progress.sum();
	}

	@Override
	public Extraction extract(Path file, String name) {
		long size;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			if (!attributes.isRegularFile()) {
				return Extraction.failed(ExtractionStatus.UNREADABLE,
						"not a regular file (" + (attributes.isDirectory() ? "a directory" : "a pipe or device") + ")",
						null);
			}
			size = attributes.size();
		}
		catch (NoSuchFileException ex) {
			return Extraction.failed(ExtractionStatus.VANISHED, "file vanished before analysis", null);
		}
		catch (IOException ex) {
			return Extraction.failed(ExtractionStatus.UNREADABLE, describe(ex), null);
		}
		if (size == 0) {
			return Extraction.failed(ExtractionStatus.EMPTY, "0-byte file", null);
		}
		ExtractionLimits limits = new ExtractionLimits(this.properties, size, this.progress);
		ParseContext context = new ParseContext();
		context.set(ExtractionLimits.class, limits);
		BasicContentHandlerFactory handlers = new BasicContentHandlerFactory(
				BasicContentHandlerFactory.HANDLER_TYPE.TEXT, this.properties.writeLimit(), false, context);
		RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
				new LimitingContentHandlerFactory(handlers, limits), -1);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
		ExtractionStatus failure = null;
		String detail = null;
		try (TikaInputStream stream = TikaInputStream.get(file, metadata)) {
			this.parser.parse(stream, handler, metadata, context);
		}
		catch (EncryptedDocumentException ex) {
			failure = ExtractionStatus.ENCRYPTED;
			detail = "encrypted or password-protected (" + ex.getClass().getSimpleName() + ")";
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
				detail = "encrypted or password-protected (" + rootClass(ex) + ")";
			}
			else if (isZipBomb(ex)) {
				failure = ExtractionStatus.LIMIT_RATIO;
				detail = "the parser refused a compression bomb (" + rootClass(ex) + ")";
			}
			else {
				failure = ExtractionStatus.CORRUPT;
				detail = "parser failed (" + rootClass(ex) + ")";
			}
		}
		catch (StackOverflowError ex) {
			failure = ExtractionStatus.CRASH;
			detail = "parser overflowed its stack";
		}
		catch (OutOfMemoryError ex) {
			// drop everything read so far: the memory is what is missing
			return Extraction.failed(ExtractionStatus.OOM, "parser ran out of memory", null);
		}
		ExtractionLimitException limit = limits.hit();
		if (limit != null) {
			failure = limit.limit();
			detail = limit.getMessage();
		}
		List<Metadata> documents = handler.getMetadataList();
		List<ExtractedPart> parts = toParts(documents, limit, failure);
		List<QualityFlag> flags = ExtractionQuality.assess(size, parts, pages(documents, parts.size()));
		String mediaType = documents.isEmpty() ? metadata.get(Metadata.CONTENT_TYPE)
				: documents.get(0).get(Metadata.CONTENT_TYPE);
		if (failure != null) {
			return new Extraction(failure, detail, mediaType, parts, flags);
		}
		if (documents.stream().anyMatch((d) -> Boolean.parseBoolean(d.get(TikaCoreProperties.WRITE_LIMIT_REACHED)))) {
			return new Extraction(ExtractionStatus.TRUNCATED,
					"text cut at the write limit of " + this.properties.writeLimit() + " characters", mediaType, parts,
					flags);
		}
		if (onlyEncryptedMembers(parts)) {
			return new Extraction(ExtractionStatus.ENCRYPTED, "every member with content is encrypted", mediaType,
					parts, flags);
		}
		return new Extraction(ExtractionStatus.OK, null, mediaType, parts, flags);
	}

	private List<ExtractedPart> toParts(List<Metadata> documents, ExtractionLimitException limit,
			ExtractionStatus failure) {
		List<ExtractedPart> parts = new ArrayList<>(documents.size());
		Set<String> used = new HashSet<>();
		for (Metadata document : documents) {
			int depth = (document.getInt(TikaCoreProperties.EMBEDDED_DEPTH) != null)
					? document.getInt(TikaCoreProperties.EMBEDDED_DEPTH) : 0;
			String path = (document.get(ExtractionLimits.MEMBER_PATH) != null)
					? document.get(ExtractionLimits.MEMBER_PATH)
					: memberPath(document.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH));
			path = LedgerPaths.unique(path, used);
			String text = document.get(TikaCoreProperties.TIKA_CONTENT);
			String embeddedException = document.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
			String limitHit = document.get(ExtractionLimits.LIMIT_HIT);
			ExtractionStatus status = ExtractionStatus.OK;
			String detail = null;
			if (limitHit != null) {
				status = ExtractionStatus.fromCode(limitHit);
				detail = (limit != null) ? limit.getMessage() : null;
			}
			else if (embeddedException != null && embeddedException.contains(LIMIT_EXCEPTION)) {
				// a limit hit by one of its own members: that member carries it
			}
			else if (embeddedException != null) {
				status = isEncrypted(embeddedException) ? ExtractionStatus.ENCRYPTED : ExtractionStatus.CORRUPT;
				detail = memberFailure(status, embeddedException);
			}
			else if (depth == 0 && failure != null && !failure.hasText()) {
				status = failure;
			}
			else if (Boolean.parseBoolean(document.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
				status = ExtractionStatus.TRUNCATED;
			}
			parts.add(new ExtractedPart(path, document.get(Metadata.CONTENT_TYPE), withoutLeadingNewlines(text), depth,
					status, detail, DocumentMetadata.of(document)));
			addUnopenedMembers(document, path, depth, parts, used);
		}
		return parts;
	}

	/**
	 * Add a part for each member that the container's parser could not even open: Tika
	 * records those as stream exceptions of the container (an encrypted ZIP entry is
	 * one), without a document of their own.
	 */
	private static void addUnopenedMembers(Metadata container, String containerPath, int depth,
			List<ExtractedPart> parts, Set<String> used) {
		for (String exception : container.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)) {
			if (exception.contains(LIMIT_EXCEPTION)) {
				continue;
			}
			String message = firstLine(exception);
			Matcher entry = ZIP_ENTRY.matcher(message);
			String name = entry.find() ? entry.group(1) : "";
			String path = LedgerPaths.unique(LedgerPaths.member(containerPath, name), used);
			ExtractionStatus status = isEncrypted(exception) ? ExtractionStatus.ENCRYPTED : ExtractionStatus.CORRUPT;
			parts.add(new ExtractedPart(path, null, "", depth + 1, status, memberFailure(status, exception)));
		}
	}

	/**
	 * Whether the file's members that failed are encrypted, and no member yielded text:
	 * an archive whose content is all password-protected.
	 */
	private static boolean onlyEncryptedMembers(List<ExtractedPart> parts) {
		boolean encrypted = false;
		for (ExtractedPart part : parts) {
			if (part.isContainer()) {
				continue;
			}
			if (part.status() == ExtractionStatus.ENCRYPTED) {
				encrypted = true;
			}
			else if (!part.text().isBlank()) {
				return false;
			}
		}
		return encrypted;
	}

	/**
	 * Page counts and characters on pages (PDF), by part; parts added for unopened
	 * members have none.
	 */
	private static List<ExtractionQuality.Pages> pages(List<Metadata> documents, int partCount) {
		List<ExtractionQuality.Pages> pages = new ArrayList<>(partCount);
		for (Metadata document : documents) {
			Integer count = document.getInt(PagedText.N_PAGES);
			String[] perPage = document.getValues("pdf:charsPerPage");
			int chars = -1;
			if (perPage.length > 0) {
				chars = 0;
				for (String value : perPage) {
					try {
						chars += Integer.parseInt(value.trim());
					}
					catch (NumberFormatException ex) {
						chars = -1;
						break;
					}
				}
			}
			pages.add(new ExtractionQuality.Pages((count != null) ? count : 0, chars));
			for (int i = 0; i < document
				.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM).length; i++) {
				pages.add(ExtractionQuality.Pages.NONE);
			}
		}
		return pages;
	}

	/**
	 * Tika's text output starts with a blank line per element of the XHTML head; without
	 * them, line numbers in the text are those of a plain text file.
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

	private static String memberPath(String embeddedResourcePath) {
		if (embeddedResourcePath == null) {
			return "";
		}
		return LedgerPaths
			.escape(embeddedResourcePath.startsWith("/") ? embeddedResourcePath.substring(1) : embeddedResourcePath);
	}

	private static boolean isEncrypted(String stackTrace) {
		return stackTrace.contains("EncryptedDocumentException") || stackTrace.contains("InvalidPasswordException")
				|| (stackTrace.contains("UnsupportedZipFeatureException") && stackTrace.contains("encryption"));
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
			if (type.endsWith("UnsupportedZipFeatureException") && t.getMessage() != null
					&& t.getMessage().contains("encryption")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static boolean isZipBomb(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The simple class name of the innermost cause. A parser's message is never kept: it
	 * quotes the file's content ({@code The entity "Hunter2x" was referenced...}).
	 */
	private static String rootClass(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

	/**
	 * A fixed detail for a member that failed, from the stack trace Tika recorded: the
	 * exception's class and no message, for the same reason as {@link #rootClass}.
	 */
	private static String memberFailure(ExtractionStatus status, String stackTrace) {
		String line = firstLine(stackTrace);
		int colon = line.indexOf(':');
		String type = ((colon >= 0) ? line.substring(0, colon) : line).strip();
		int dot = type.lastIndexOf('.');
		String simpleName = type.substring(dot + 1);
		if (!simpleName.matches("[A-Za-z_$][A-Za-z0-9_$]{0,100}")) {
			simpleName = "unknown exception";
		}
		return ((status == ExtractionStatus.ENCRYPTED) ? "encrypted or password-protected member (" : "member failed (")
				+ simpleName + ")";
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		String line = (newline >= 0) ? message.substring(0, newline) : message;
		return (line.length() > 300) ? line.substring(0, 300) + "..." : line;
	}

	private static String describe(IOException ex) {
		return (ex instanceof AccessDeniedException) ? "permission denied" : "cannot read (" + rootClass(ex) + ")";
	}

}
