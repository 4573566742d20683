package com.breachimpact.classification;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the classifier reads records.
 *
 * @param headerWords column names a case adds to the shipped word list
 * ({@code header-words.txt}), per kind, e.g. {@code DATE_OF_BIRTH: [geb_datum]}
 */
@ConfigurationProperties(prefix = "breach-impact.classification", ignoreUnknownFields = false)
public record ClassificationProperties(@DefaultValue Map<ColumnKind, List<String>> headerWords) {

	/**
	 * The shipped word list with the case's names added.
	 * @return the vocabulary
	 */
	public ColumnVocabulary vocabulary() {
		return ColumnVocabulary.defaults().with(this.headerWords);
	}

}
