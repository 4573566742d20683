package com.breachimpact.corpus;

import java.util.List;

/**
 * One client institution of the labelled corpus registry.
 *
 * @param id the client id
 * @param legalName the legal name
 * @param aliases the aliases
 * @param abas registered routing numbers (at least one)
 * @param bic the registered BIC, or empty
 * @param lei the registered LEI, or empty
 * @param domain the e-mail domain
 * @param folder the platform folder
 * @param city the city, or empty
 * @param state the state code, or empty
 * @param commonWordAliases the {@code common_word_aliases} cell
 */
record CorpusClient(String id, String legalName, List<String> aliases, List<String> abas, String bic, String lei,
		String domain, String folder, String city, String state, String commonWordAliases) {

	CorpusClient {
		aliases = List.copyOf(aliases);
		abas = List.copyOf(abas);
	}

	/** The first routing number. */
	String aba() {
		return this.abas.get(0);
	}

	/** "City, ST" as an address writes it. */
	String place() {
		return this.city + ", " + this.state;
	}

}
