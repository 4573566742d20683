package com.breachimpact.institution;

/**
 * Something in the client registry that is legal but likely to cause wrong or ambiguous
 * attributions, such as one identifier registered to two clients.
 *
 * @param line the 1-based line of the registry the warning concerns
 * @param message what is suspicious (identifiers masked)
 */
public record RegistryWarning(long line, String message) {

}
