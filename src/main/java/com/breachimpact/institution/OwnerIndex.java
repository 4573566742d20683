package com.breachimpact.institution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The clients that own each key of one kind of identifier (a routing number, a BIC
 * institution part, an e-mail domain...), built once and read by a recognizer.
 */
final class OwnerIndex {

	private final Map<String, String[]> owners;

	private OwnerIndex(Map<String, String[]> owners) {
		this.owners = owners;
	}

	/**
	 * The index of one kind of identifier of every client of a registry.
	 * @param registry the registry
	 * @param keys a client's keys of that kind, in the index's canonical form
	 * @return the index
	 */
	static OwnerIndex of(ClientRegistry registry, Function<Client, ? extends Collection<String>> keys) {
		Builder owners = new Builder();
		for (Client client : registry.clients()) {
			keys.apply(client).forEach((key) -> owners.add(key, client.clientId()));
		}
		return owners.build();
	}

	/**
	 * The client ids that own a key.
	 * @param key a key in the index's canonical form
	 * @return the owners, or null when none
	 */
	String[] owners(String key) {
		return this.owners.get(key);
	}

	/**
	 * Collects the owners of keys, each client once per key.
	 */
	static final class Builder {

		private final Map<String, List<String>> owners = new HashMap<>();

		/**
		 * Add a client as owner of a key.
		 * @param key the key
		 * @param clientId the client
		 * @return this builder
		 */
		Builder add(String key, String clientId) {
			List<String> list = this.owners.computeIfAbsent(key, (k) -> new ArrayList<>());
			if (!list.contains(clientId)) {
				list.add(clientId);
			}
			return this;
		}

		OwnerIndex build() {
			Map<String, String[]> frozen = new HashMap<>();
			this.owners.forEach((key, list) -> frozen.put(key, list.toArray(String[]::new)));
			return new OwnerIndex(Map.copyOf(frozen));
		}

	}

}
