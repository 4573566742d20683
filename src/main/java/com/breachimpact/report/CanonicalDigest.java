package com.breachimpact.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A SHA-256 of values in a canonical, unambiguous encoding: every value is tagged with
 * its kind and every string and sequence is prefixed with its length, so that no two
 * different sequences of values (whatever strings an inventory holds) encode the same.
 * Records are encoded component by component, sets and maps in an order that does not
 * depend on their iteration order; any other type is refused, so that nothing is ever
 * taken into a key by an incomplete {@code toString}.
 */
final class CanonicalDigest {

	private final MessageDigest digest;

	CanonicalDigest(String purpose) {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
		add(purpose);
	}

	/**
	 * Add a value to the digest.
	 * @param value a string, number, boolean, character, enum constant, date, time or
	 * duration, record of such values, collection or map of them, or {@code null}
	 * @return this digest
	 * @throws IllegalArgumentException for a value of any other type
	 */
	CanonicalDigest add(Object value) {
		this.digest.update(encode(value));
		return this;
	}

	/**
	 * The digest of the values added.
	 * @return the SHA-256, in hexadecimal
	 */
	String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	private static byte[] encode(Object value) {
		if (value == null) {
			return new byte[] { 'N' };
		}
		if (value instanceof CharSequence text) {
			return tagged('S', text.toString().getBytes(StandardCharsets.UTF_8));
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
			return tagged(value.getClass().getSimpleName().charAt(0), bytes(value.toString()));
		}
		if (value instanceof Enum<?> constant) {
			return tagged('E', bytes(constant.getDeclaringClass().getName() + '.' + constant.name()));
		}
		if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
			return tagged('T', bytes(value.getClass().getName() + ' ' + value));
		}
		if (value instanceof Record record) {
			List<byte[]> parts = new ArrayList<>();
			parts.add(encode(record.getClass().getName()));
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				parts.add(encode(component(record, component)));
			}
			return tagged('R', parts);
		}
		if (value instanceof Set<?> set) {
			return tagged('U', sorted(set.stream().map(CanonicalDigest::encode).toList()));
		}
		if (value instanceof Collection<?> list) {
			return tagged('L', list.stream().map(CanonicalDigest::encode).toList());
		}
		if (value instanceof Map<?, ?> map) {
			return tagged('M',
					sorted(map.entrySet()
						.stream()
						.map((entry) -> tagged('P', List.of(encode(entry.getKey()), encode(entry.getValue()))))
						.toList()));
		}
		throw new IllegalArgumentException("No canonical encoding for a " + value.getClass().getName());
	}

	private static Object component(Record record, RecordComponent component) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(
					"Cannot read " + component.getName() + " of a " + record.getClass().getName(), ex);
		}
	}

	private static List<byte[]> sorted(List<byte[]> parts) {
		List<byte[]> sorted = new ArrayList<>(parts);
		sorted.sort(Arrays::compareUnsigned);
		return sorted;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] tagged(char tag, byte[] payload) {
		return ByteBuffer.allocate(1 + 4 + payload.length).put((byte) tag).putInt(payload.length).put(payload).array();
	}

	private static byte[] tagged(char tag, List<byte[]> parts) {
		int length = parts.stream().mapToInt((part) -> part.length).sum();
		ByteBuffer buffer = ByteBuffer.allocate(1 + 4 + 4 + length).put((byte) tag).putInt(parts.size()).putInt(length);
		parts.forEach(buffer::put);
		return buffer.array();
	}

}
