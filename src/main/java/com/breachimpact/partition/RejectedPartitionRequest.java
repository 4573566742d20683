package com.breachimpact.partition;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;

/**
 * Thrown by the {@link PartitionRequestGate} for a message that is not a valid partition
 * request (not a request at all, a request for another step, for a step execution that
 * does not exist or is not a partition): the broker rejects it once, without requeueing,
 * to the dead-letter queue. Its message is a fixed reason, never the message's content.
 */
public class RejectedPartitionRequest extends AmqpRejectAndDontRequeueException {

	/**
	 * Create the exception.
	 * @param reason why the message is rejected, in fixed words
	 */
	public RejectedPartitionRequest(String reason) {
		super(reason);
	}

}
