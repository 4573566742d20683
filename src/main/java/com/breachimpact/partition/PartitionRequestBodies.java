package com.breachimpact.partition;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;

/**
 * The message converter of a worker's queue: a message's payload is its body, as bytes,
 * whatever content type the message claims. A worker never deserializes an object from
 * the broker (a forged {@code application/x-java-serialized-object} message is just bytes
 * that {@link PartitionRequests#decode} does not read as a request).
 */
class PartitionRequestBodies implements MessageConverter {

	@Override
	public Message toMessage(Object object, MessageProperties messageProperties) {
		throw new MessageConversionException("A worker sends no messages");
	}

	@Override
	public Object fromMessage(Message message) {
		return message.getBody();
	}

}
