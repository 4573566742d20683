package com.breachimpact.institution;

/**
 * One of the clients an ambiguous name mention may stand for.
 *
 * @param clientId the client
 * @param kind {@link EvidenceKind#NAME} or {@link EvidenceKind#ALIAS}: what the mentioned
 * name is to this client
 * @param spelling the name as the registry spells it for this client
 */
public record NameCandidate(String clientId, EvidenceKind kind, String spelling) {

}
