package com.breachimpact.publiccorpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.breachimpact.institution.EvidenceKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the institutions of an ISO 20022 message from its elements with a DOM parser:
 * financial institution identifiers ({@code BICFI}, {@code BIC}, {@code BICOrBEI},
 * {@code AnyBIC}), US clearing member ids ({@code ClrSysMmbId} whose {@code Cd} is
 * {@code USABA}), IBANs and LEIs; whatever the namespace or message version.
 */
final class Iso20022TruthReader {

	private static final List<String> BIC_ELEMENTS = List.of("BICFI", "BIC", "BICOrBEI", "AnyBIC");

	private Iso20022TruthReader() {
	}

	static List<Occurrence> read(String leaf, byte[] content) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
		List<Occurrence> found = new ArrayList<>();
		for (String name : BIC_ELEMENTS) {
			for (String value : values(document, name)) {
				if (IdentifierChecks.isBic(value)) {
					found.add(new Occurrence(leaf, EvidenceKind.BIC, value.substring(0, 8), "xml:" + name));
				}
			}
		}
		NodeList members = document.getElementsByTagNameNS("*", "ClrSysMmbId");
		for (int i = 0; i < members.getLength(); i++) {
			Element member = (Element) members.item(i);
			String code = first(member, "Cd");
			String id = first(member, "MmbId");
			if ("USABA".equals(code) && IdentifierChecks.isRoutingNumber(id)) {
				found.add(new Occurrence(leaf, EvidenceKind.ABA_ROUTING, id, "xml:ClrSysMmbId"));
			}
		}
		for (String value : values(document, "IBAN")) {
			String iban = value.replace(" ", "").toUpperCase(Locale.ROOT);
			String bankCode = IdentifierChecks.isIban(iban) ? IdentifierChecks.ibanBankCode(iban) : null;
			if (bankCode != null) {
				found.add(new Occurrence(leaf, EvidenceKind.IBAN, bankCode, "xml:IBAN"));
			}
		}
		for (String value : values(document, "LEI")) {
			found.add(new Occurrence(leaf, EvidenceKind.LEI, value, "xml:LEI"));
		}
		return found;
	}

	private static List<String> values(Document document, String localName) {
		NodeList nodes = document.getElementsByTagNameNS("*", localName);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent().trim());
		}
		return values;
	}

	private static String first(Element parent, String localName) {
		NodeList nodes = parent.getElementsByTagNameNS("*", localName);
		return (nodes.getLength() == 0) ? null : nodes.item(0).getTextContent().trim();
	}

}
