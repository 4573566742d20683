package com.breachimpact.publiccorpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.breachimpact.institution.EvidenceKind;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

/**
 * Reads, with Apache Tika called directly (not through the scan's extractor), every leaf
 * of a mail, document or archive: the e-mail addresses of its {@code From}, {@code To},
 * {@code Cc}, {@code Bcc}, {@code Reply-To} and {@code Sender} headers and of its body
 * text, and the company a document names in its properties.
 */
final class TikaTruthReader {

	private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	/** Tika metadata of a message -> the header it carries. */
	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("Message-From", "From"),
			Map.entry("Message:From-Email", "From"), Map.entry("Message:Raw-Header:From", "From"),
			Map.entry("Message-To", "To"), Map.entry("Message:To-Email", "To"),
			Map.entry("Message-Recipient-Address", "To"), Map.entry("Message:Raw-Header:To", "To"),
			Map.entry("Message-Cc", "Cc"), Map.entry("Message:Raw-Header:Cc", "Cc"), Map.entry("Message-Bcc", "Bcc"),
			Map.entry("Message:Raw-Header:Bcc", "Bcc"), Map.entry("Message:Raw-Header:Reply-To", "Reply-To"),
			Map.entry("Message:Raw-Header:Sender", "Sender"));

	private static final String COMPANY = "extended-properties:Company";

	private TikaTruthReader() {
	}

	static List<Occurrence> read(String leaf, byte[] content) throws Exception {
		RecursiveParserWrapper parser = new RecursiveParserWrapper(new AutoDetectParser());
		RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
				new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1));
		try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
			parser.parse(in, handler, new Metadata(), new ParseContext());
		}
		List<Occurrence> found = new ArrayList<>();
		for (Metadata document : handler.getMetadataList()) {
			String path = document.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
			String member = (path == null) ? leaf : leaf + "!/" + String.join("!/", path.substring(1).split("/"));
			HEADERS.forEach((name, header) -> {
				for (String value : document.getValues(name)) {
					addresses(member, value, "header:" + header, found);
				}
			});
			addresses(member, document.get(TikaCoreProperties.TIKA_CONTENT), "body", found);
			String company = document.get(COMPANY);
			if (company != null && company.trim().length() > 2) {
				found.add(new Occurrence(member, EvidenceKind.ALIAS, company.trim(), "metadata:Company"));
			}
		}
		return found;
	}

	private static void addresses(String leaf, String value, String source, List<Occurrence> found) {
		if (value == null) {
			return;
		}
		Matcher matcher = ADDRESS.matcher(value);
		while (matcher.find()) {
			String domain = IdentifierChecks.domainOf(matcher.group());
			if (domain != null) {
				found.add(new Occurrence(leaf, EvidenceKind.EMAIL_DOMAIN, domain, source));
			}
		}
	}

}
