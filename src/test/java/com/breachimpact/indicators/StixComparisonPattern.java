package com.breachimpact.indicators;

/**
 * A parser for the one form of STIX 2.1 pattern the indicators use: a single comparison
 * expression in brackets, {@code [object-type:object.path = 'string']}, following the
 * STIX patterning grammar (object type of lower-case letters, digits and dashes; path
 * components as identifiers or quoted keys; a string literal with {@code \'} and
 * {@code \\} escapes). Anything else is rejected.
 *
 * @param objectType the cyber observable type ({@code file})
 * @param objectPath the path in the object ({@code hashes.'SHA-256'})
 * @param value the literal compared with, unescaped
 */
record StixComparisonPattern(String objectType, String objectPath, String value) {

	static StixComparisonPattern parse(String pattern) {
		return new Parser(pattern).pattern();
	}

	private static final class Parser {

		private final String text;

		private int at;

		Parser(String text) {
			this.text = text;
		}

		StixComparisonPattern pattern() {
			expect('[');
			String type = objectType();
			expect(':');
			String path = objectPath();
			spaces();
			expect('=');
			spaces();
			String value = string();
			expect(']');
			if (this.at != this.text.length()) {
				throw error("text after the comparison expression");
			}
			return new StixComparisonPattern(type, path, value);
		}

		private String objectType() {
			int start = this.at;
			while (this.at < this.text.length() && (Character.isLowerCase(peek()) || Character.isDigit(peek())
					|| (peek() == '-' && this.at > start))) {
				this.at++;
			}
			if (this.at == start || this.text.charAt(this.at - 1) == '-') {
				throw error("an object type");
			}
			return this.text.substring(start, this.at);
		}

		private String objectPath() {
			int start = this.at;
			component();
			while (this.at < this.text.length() && peek() == '.') {
				this.at++;
				component();
			}
			return this.text.substring(start, this.at);
		}

		private void component() {
			if (this.at < this.text.length() && peek() == '\'') {
				string();
				return;
			}
			int start = this.at;
			while (this.at < this.text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
				this.at++;
			}
			if (this.at == start || !Character.isLetter(this.text.charAt(start))) {
				throw error("a path component");
			}
		}

		private String string() {
			expect('\'');
			StringBuilder value = new StringBuilder();
			while (true) {
				if (this.at >= this.text.length()) {
					throw error("the end of a string literal");
				}
				char c = this.text.charAt(this.at++);
				if (c == '\'') {
					return value.toString();
				}
				if (c == '\\') {
					if (this.at >= this.text.length() || (peek() != '\'' && peek() != '\\')) {
						throw error("an escaped quote or backslash");
					}
					c = this.text.charAt(this.at++);
				}
				value.append(c);
			}
		}

		private void spaces() {
			while (this.at < this.text.length() && peek() == ' ') {
				this.at++;
			}
		}

		private void expect(char c) {
			if (this.at >= this.text.length() || peek() != c) {
				throw error("'" + c + "'");
			}
			this.at++;
		}

		private char peek() {
			return this.text.charAt(this.at);
		}

		private IllegalArgumentException error(String expected) {
			return new IllegalArgumentException(
					"Pattern " + this.text + ": expected " + expected + " at position " + this.at);
		}

	}

}
