package com.breachimpact.report;

/**
 * One registry identifier of a client as its report shows it: names, domains and folders
 * in clear, numbers and codes masked to their last four.
 *
 * @param label what the identifier is, for a reader ("ABA routing number")
 * @param value the shown form
 */
public record ClientIdentifier(String label, String value) {

}
