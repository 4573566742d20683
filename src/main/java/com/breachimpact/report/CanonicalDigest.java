package com.breachimpact.report;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
 * its kind, every string is prefixed with its length and every sequence with its number
 * of elements, so that each encoding is prefix-free and no two different sequences of
 * values (whatever strings an inventory holds) encode the same. Records are encoded
 * component by component, sets and maps in an order that does not depend on their
 * iteration order; any other type is refused, so that nothing is ever taken into a key by
 * an incomplete {@code toString}. Values are encoded straight into the digest; only the
 * elements of a set or map are encoded apart, to be sorted.
 */
final class CanonicalDigest {

	/** The accessors of a record class's components, in declaration order. */
	private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {

		@Override
		protected Method[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				accessors[i].setAccessible(true);
			}
			return accessors;
		}

	};

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
		encode(value, new Sink(this.digest));
		return this;
	}

	/**
	 * The digest of the values added.
	 * @return the SHA-256, in hexadecimal
	 */
	String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	private static void encode(Object value, Sink out) {
		if (value == null) {
			out.tag('N');
		}
		else if (value instanceof CharSequence text) {
			out.tag('S').text(text.toString());
		}
		else if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
			out.tag('V').text(value.getClass().getName()).text(value.toString());
		}
		else if (value instanceof Enum<?> constant) {
			out.tag('E').text(constant.getDeclaringClass().getName()).text(constant.name());
		}
		else if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
			out.tag('T').text(value.getClass().getName()).text(value.toString());
		}
		else if (value instanceof Record record) {
			Method[] accessors = ACCESSORS.get(record.getClass());
			out.tag('R').text(record.getClass().getName()).count(accessors.length);
			for (Method accessor : accessors) {
				encode(component(record, accessor), out);
			}
		}
		else if (value instanceof Set<?> set) {
			List<byte[]> elements = new ArrayList<>(set.size());
			set.forEach((element) -> elements.add(apart(element)));
			out.tag('U').sorted(elements);
		}
		else if (value instanceof Collection<?> list) {
			out.tag('L').count(list.size());
			list.forEach((element) -> encode(element, out));
		}
		else if (value instanceof Map<?, ?> map) {
			List<byte[]> entries = new ArrayList<>(map.size());
			map.forEach((key, entry) -> entries.add(apart(Arrays.asList(key, entry))));
			out.tag('M').sorted(entries);
		}
		else {
			throw new IllegalArgumentException("No canonical encoding for a " + value.getClass().getName());
		}
	}

	/** The encoding of a value on its own, to be sorted among others. */
	private static byte[] apart(Object value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		encode(value, new Sink(bytes));
		return bytes.toByteArray();
	}

	private static Object component(Record record, Method accessor) {
		try {
			return accessor.invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(
					"Cannot read " + accessor.getName() + " of a " + record.getClass().getName(), ex);
		}
	}

	/** Where an encoding goes: the digest, or the bytes of a value encoded apart. */
	private static final class Sink {

		private final MessageDigest digest;

		private final ByteArrayOutputStream bytes;

		Sink(MessageDigest digest) {
			this.digest = digest;
			this.bytes = null;
		}

		Sink(ByteArrayOutputStream bytes) {
			this.digest = null;
			this.bytes = bytes;
		}

		Sink tag(char tag) {
			write(new byte[] { (byte) tag }, 1);
			return this;
		}

		Sink count(int count) {
			write(new byte[] { (byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count }, 4);
			return this;
		}

		Sink text(String text) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			count(utf8.length);
			write(utf8, utf8.length);
			return this;
		}

		void sorted(List<byte[]> encodings) {
			encodings.sort(Arrays::compareUnsigned);
			count(encodings.size());
			encodings.forEach((encoding) -> write(encoding, encoding.length));
		}

		private void write(byte[] data, int length) {
			if (this.digest != null) {
				this.digest.update(data, 0, length);
			}
			else {
				this.bytes.write(data, 0, length);
			}
		}

	}

}
