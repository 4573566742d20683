package com.breachimpact.publiccorpus;

import com.breachimpact.institution.EvidenceKind;

/**
 * An institution identifier that an independent parser of the test found in a leaf item.
 *
 * @param leaf the leaf item: the inventory path, then {@code !/member} for each level of
 * archive or attachment
 * @param kind the kind of evidence it is
 * @param key the identifier as the registry holds it (nine digits, an 8-character BIC,
 * {@code CC:code} of an IBAN, an e-mail domain, a name)
 * @param source where the parser read it ({@code nacha:6 RDFI}, {@code xml:BICFI},
 * {@code header:Cc}...)
 */
record Occurrence(String leaf, EvidenceKind kind, String key, String source) {

}
