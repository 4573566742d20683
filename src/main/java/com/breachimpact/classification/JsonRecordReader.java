package com.breachimpact.classification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON records with Jackson's streaming parser: each object in an array (at any
 * depth: {@code [...]}, {@code {"data": {"customers": [...]}}}) is a record, and so is a
 * top-level object (a key/value object; its values outside record arrays), one after
 * another for JSON Lines. Objects nested in a record belong to it, and a value's column
 * is the keys from the record down to it ({@code account.number}). Stops quietly at the
 * first syntax error, keeping the records read before it.
 */
final class JsonRecordReader implements RecordReader {

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
		.build();

	@Override
	public List<TextRecord> read(CharSequence text) {
		List<Building> records = new ArrayList<>();
		Deque<Frame> frames = new ArrayDeque<>();
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text.toString())) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				Frame parent = frames.peek();
				int offset = (int) parser.currentTokenLocation().getCharOffset();
				switch (token) {
					case START_OBJECT, START_ARRAY -> {
						boolean array = token == JsonToken.START_ARRAY;
						Building record = (parent != null) ? parent.record : null;
						List<String> path = (parent != null) ? child(parent, parser.currentName()) : List.of();
						boolean opensRecord = !array && (parent == null
								|| (parent.array && (parent.record == null || parent.record.topLevel)));
						if (opensRecord) {
							record = new Building(offset, parent == null);
							records.add(record);
							path = List.of();
						}
						frames.push(new Frame(array, record, path));
					}
					case END_OBJECT, END_ARRAY -> {
						Frame closed = frames.pop();
						if (closed.record != null && (frames.isEmpty() || frames.peek().record != closed.record)) {
							closed.record.end = offset + 1;
						}
					}
					case PROPERTY_NAME -> {
					}
					default -> {
						if (parent == null || parent.record == null) {
							continue;
						}
						List<String> column = child(parent, parser.currentName());
						if (column.isEmpty() || token == JsonToken.VALUE_NULL) {
							continue;
						}
						String value = parser.getString();
						int at = (token == JsonToken.VALUE_STRING) ? offset + 1 : offset;
						parent.record.fields.add(new RecordField(column, value, at));
					}
				}
			}
		}
		catch (JacksonException ex) {
			// not JSON, or broken: keep what was read
		}
		List<TextRecord> read = new ArrayList<>(records.size());
		for (Building record : records) {
			if (!record.fields.isEmpty()) {
				int end = (record.end > record.start) ? record.end : text.length();
				read.add(new TextRecord(RecordLayout.JSON.key(read.size() + 1), record.start, end,
						List.copyOf(record.fields)));
			}
		}
		return read;
	}

	private static List<String> child(Frame parent, String name) {
		if (parent.array || name == null) {
			return parent.path;
		}
		List<String> path = new ArrayList<>(parent.path.size() + 1);
		path.addAll(parent.path);
		path.add(name);
		return path;
	}

	private record Frame(boolean array, Building record, List<String> path) {

	}

	private static final class Building {

		final int start;

		final boolean topLevel;

		final List<RecordField> fields = new ArrayList<>();

		int end;

		Building(int start, boolean topLevel) {
			this.start = start;
			this.topLevel = topLevel;
		}

	}

}
