package com.breachimpact.partition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.util.ErrorHandler;

/**
 * The error handler of a worker's queue: a message that is not a valid partition request
 * (or that cannot even be converted) is rejected without requeueing, so the broker moves
 * it to the dead-letter queue, with one log line and no stack trace; any other failure
 * (the database or the broker unavailable, already logged by the
 * {@link PartitionRequestGate}) hands the request back to the queue.
 */
class PartitionRequestErrors implements ErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(PartitionRequestErrors.class);

	private final String deadLetterQueue;

	/**
	 * Create the handler.
	 * @param deadLetterQueue the queue rejected messages go to, for the log
	 */
	PartitionRequestErrors(String deadLetterQueue) {
		this.deadLetterQueue = deadLetterQueue;
	}

	@Override
	public void handleError(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof RejectedPartitionRequest rejected) {
				logger.warn("Rejected a message to {}: {}", this.deadLetterQueue, rejected.getMessage());
				return;
			}
			if (cause instanceof MessageConversionException || cause instanceof AmqpRejectAndDontRequeueException) {
				logger.warn("Rejected a message to {}: it cannot be read ({})", this.deadLetterQueue,
						cause.getClass().getSimpleName());
				throw new AmqpRejectAndDontRequeueException("unreadable message", failure);
			}
		}
	}

}
