package com.breachimpact.classification;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML records with StAX: a value (the text of an element without child elements, or
 * an attribute) belongs to its nearest ancestor that repeats (another element of the same
 * path exists in the document: {@code Customer}, ISO 20022 {@code CdtTrfTxInf} and
 * {@code PmtInf}), or to the root element when none does; its column is the element names
 * from that record down to it ({@code Dbtr/Nm}, {@code DbtrAcct/Id/Othr/Id}). The parser
 * is configured securely: no DTD, no external entities. Stops quietly at the first error,
 * keeping the records read before it.
 */
final class XmlRecordReader implements RecordReader {

	private static final XMLInputFactory FACTORY = secureFactory();

	@Override
	public List<TextRecord> read(CharSequence text) {
		String xml = text.toString();
		Map<String, Integer> counts = new HashMap<>();
		try {
			countPaths(xml, counts);
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (counts.isEmpty()) {
				return List.of();
			}
		}
		List<Building> records = new ArrayList<>();
		List<Element> stack = new ArrayList<>();
		try {
			XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						int offset = Math.max(0, reader.getLocation().getCharacterOffset());
						String path = (stack.isEmpty() ? "" : stack.get(stack.size() - 1).path()) + "/"
								+ reader.getLocalName();
						boolean repeats = counts.getOrDefault(path, 0) >= 2;
						Building record = null;
						if (stack.isEmpty() || repeats) {
							record = new Building(offset);
							records.add(record);
						}
						Element element = new Element(reader.getLocalName(), path, record, offset);
						stack.add(element);
						for (int a = 0; a < reader.getAttributeCount(); a++) {
							String value = reader.getAttributeValue(a);
							if (!value.isBlank()) {
								add(xml, stack, reader.getAttributeLocalName(a), value, offset);
							}
						}
						element.text = new StringBuilder();
					}
					else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
						if (!stack.isEmpty()) {
							Element element = stack.get(stack.size() - 1);
							if (element.text != null && element.text.length() < 4096) {
								element.text.append(reader.getText());
							}
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						Element element = stack.remove(stack.size() - 1);
						int offset = Math.max(0, reader.getLocation().getCharacterOffset());
						if (!element.hasChildren && element.text != null && !element.text.toString().isBlank()) {
							stack.add(element);
							add(xml, stack, null, element.text.toString().strip(), element.offset);
							stack.remove(stack.size() - 1);
						}
						if (element.record != null) {
							element.record.end = offset;
						}
						if (!stack.isEmpty()) {
							stack.get(stack.size() - 1).hasChildren = true;
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			// broken XML: keep what was read
		}
		List<TextRecord> read = new ArrayList<>();
		for (Building record : records) {
			if (!record.fields.isEmpty()) {
				int end = (record.end > record.start) ? record.end : xml.length();
				read.add(new TextRecord(RecordLayout.XML.key(read.size() + 1), record.start, end,
						List.copyOf(record.fields)));
			}
		}
		return read;
	}

	private static void add(String xml, List<Element> stack, String attribute, String value, int from) {
		int recordAt = stack.size() - 1;
		while (recordAt > 0 && stack.get(recordAt).record == null) {
			recordAt--;
		}
		Building record = stack.get(recordAt).record;
		List<String> column = new ArrayList<>();
		for (int i = recordAt + 1; i < stack.size(); i++) {
			column.add(stack.get(i).name);
		}
		if (attribute != null) {
			column.add(attribute);
		}
		if (column.isEmpty()) {
			column.add(stack.get(recordAt).name);
		}
		int at = xml.indexOf(value, from);
		record.fields.add(new RecordField(List.copyOf(column), value, (at >= 0) ? at : from));
	}

	/**
	 * Count, per element path, how often an element of that path has an earlier sibling
	 * of the same name (so a path counts as repeating only where records sit side by
	 * side).
	 */
	private static void countPaths(String xml, Map<String, Integer> counts) throws XMLStreamException {
		XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
		try {
			List<String> paths = new ArrayList<>();
			List<Map<String, Integer>> siblings = new ArrayList<>();
			siblings.add(new HashMap<>());
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String path = (paths.isEmpty() ? "" : paths.get(paths.size() - 1)) + "/" + reader.getLocalName();
					paths.add(path);
					int seen = siblings.get(siblings.size() - 1).merge(reader.getLocalName(), 1, Integer::sum);
					counts.merge(path, (seen >= 2) ? ((seen == 2) ? 2 : 1) : 0, Integer::sum);
					siblings.add(new HashMap<>());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					paths.remove(paths.size() - 1);
					siblings.remove(siblings.size() - 1);
				}
			}
		}
		finally {
			reader.close();
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private static final class Element {

		final String name;

		final String path;

		final Building record;

		final int offset;

		StringBuilder text;

		boolean hasChildren;

		Element(String name, String path, Building record, int offset) {
			this.name = name;
			this.path = path;
			this.record = record;
			this.offset = offset;
		}

		String path() {
			return this.path;
		}

	}

	private static final class Building {

		final int start;

		final List<RecordField> fields = new ArrayList<>();

		int end;

		Building(int start) {
			this.start = start;
		}

	}

}
