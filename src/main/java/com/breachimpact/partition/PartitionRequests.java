package com.breachimpact.partition;

import java.nio.charset.StandardCharsets;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The wire form of a partition request on the queue: the text
 * {@code <stepExecutionId> <stepName>}. Plain text rather than Java serialization, so
 * that a worker never deserializes objects from the broker.
 */
public final class PartitionRequests {

	private static final int MAX_LENGTH = 200;

	private PartitionRequests() {
	}

	/**
	 * The text of a request.
	 * @param request the request
	 * @return its wire form
	 */
	public static String encode(StepExecutionRequest request) {
		return request.getStepExecutionId() + " " + request.getStepName();
	}

	/**
	 * Read a request from a message payload.
	 * @param payload a {@code String} or UTF-8 bytes
	 * @return the request, or {@code null} if the payload is not one
	 */
	public static StepExecutionRequest decode(Object payload) {
		String text = (payload instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: (payload instanceof String string) ? string : null;
		if (text == null || text.length() > MAX_LENGTH) {
			return null;
		}
		int space = text.indexOf(' ');
		if (space <= 0 || space == text.length() - 1 || text.indexOf(' ', space + 1) >= 0) {
			return null;
		}
		try {
			long id = Long.parseLong(text.substring(0, space));
			return (id > 0) ? new StepExecutionRequest(text.substring(space + 1), id) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
