package com.breachimpact.indicators;

/**
 * The kinds of credentials a security team rotates, from the category of a finding and
 * the kind of secret its recognizer named.
 */
final class RotationKinds {

	static final String PASSWORD = "password";

	static final String API_TOKEN = "API token";

	static final String PRIVATE_KEY = "private key";

	static final String CONNECTION_STRING = "connection string";

	static final String CERTIFICATE = "certificate";

	private RotationKinds() {
	}

	/**
	 * The rotation kind of a secret.
	 * @param category {@code CREDENTIAL}, {@code API_TOKEN} or {@code PRIVATE_KEY}
	 * @param labelKind the kind the recognizer named ({@code password}, {@code api key},
	 * {@code github token}, {@code connection string}, ...)
	 * @return password, API token, private key or connection string
	 */
	static String kindOf(String category, String labelKind) {
		if (labelKind.equals("connection string")) {
			return CONNECTION_STRING;
		}
		return switch (category) {
			case "PRIVATE_KEY" -> PRIVATE_KEY;
			case "API_TOKEN" -> API_TOKEN;
			default -> (labelKind.equals("api key") || labelKind.equals("token")) ? API_TOKEN : PASSWORD;
		};
	}

}
