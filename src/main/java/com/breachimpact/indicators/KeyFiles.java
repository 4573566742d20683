package com.breachimpact.indicators;

import java.util.List;
import java.util.Locale;

/**
 * Files that are key material as a whole, whatever text they hold: a certificate store
 * ({@code .p12}, {@code .pfx}, {@code .jks}: a certificate with its private key) or a key
 * file Tika detects as {@code application/x-x509-key} (PEM or DER), from which Tika
 * extracts no text, so the text recognizers never see the key.
 */
final class KeyFiles {

	private static final List<String> STORE_EXTENSIONS = List.of(".p12", ".pfx", ".jks", ".keystore");

	private static final List<String> STORE_TYPES = List.of("application/x-pkcs12", "application/x-java-keystore");

	private static final String KEY_TYPE = "application/x-x509-key";

	private KeyFiles() {
	}

	/**
	 * The rotation kind of a file that is key material.
	 * @param path the file's path
	 * @param mediaType its detected media type, or {@code null}
	 * @return {@code certificate}, {@code private key}, or {@code null} for any other
	 * file
	 */
	static String kindOf(String path, String mediaType) {
		String name = path.toLowerCase(Locale.ROOT);
		String type = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		boolean store = STORE_TYPES.stream().anyMatch(type::startsWith);
		if (store || (type.startsWith(KEY_TYPE) && STORE_EXTENSIONS.stream().anyMatch(name::endsWith))) {
			return RotationKinds.CERTIFICATE;
		}
		return type.startsWith(KEY_TYPE) ? RotationKinds.PRIVATE_KEY : null;
	}

}
