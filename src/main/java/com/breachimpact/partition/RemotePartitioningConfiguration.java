package com.breachimpact.partition;

import javax.sql.DataSource;

import com.breachimpact.database.DatabaseDialect;
import com.breachimpact.scan.InvalidScanException;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Remote partitioning over RabbitMQ ({@code breach-impact.partition.mode=remote}): the
 * scan's JVM (the manager) sends one request per partition to the queue
 * {@code breach-impact.partition.requests-queue} and polls the shared job repository
 * until every partition is finished; worker JVMs ({@code breach-impact worker}) take
 * requests one at a time and run the worker step {@code analysePartition} against the
 * same database and inventory. The two steps are defined with the rest of the job in
 * {@code com.breachimpact.job.ScanJobConfiguration}.
 * <p>
 * Requests are acknowledged when their partition is done, so the broker hands the request
 * of a worker that died to another worker, which goes on with the items still pending;
 * {@link PartitionRequestGate} makes sure that no partition runs twice at the same time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "breach-impact.partition.mode", havingValue = "remote")
@EnableBatchIntegration
public class RemotePartitioningConfiguration {

	/**
	 * Fails the start of a manager or worker that is not on PostgreSQL: the scan and its
	 * workers must share one job repository and ledger.
	 */
	@Bean
	public InitializingBean sharedDatabaseCheck(DataSource dataSource) {
		return () -> {
			DatabaseDialect dialect = DatabaseDialect.of(dataSource);
			if (dialect != DatabaseDialect.POSTGRESQL) {
				throw new InvalidScanException(
						"Remote partitioning needs the PostgreSQL database the scan and its " + "workers share, not "
								+ dialect.productName() + ": set BREACH_IMPACT_DB_URL (and _USER, _PASSWORD)");
			}
		};
	}

	/**
	 * The durable queue of partition requests, declared on the broker when first used; a
	 * message a worker rejects goes to {@link #deadPartitionRequestsQueue}.
	 */
	@Bean
	public Queue partitionRequestsQueue(PartitionProperties properties) {
		return QueueBuilder.durable(properties.requestsQueue())
			.deadLetterExchange("")
			.deadLetterRoutingKey(deadLetterQueue(properties))
			.build();
	}

	/**
	 * The durable dead-letter queue {@code <requests-queue>.dead}: messages that are not
	 * valid partition requests, rejected once by a worker and kept there for a look.
	 */
	@Bean
	public Queue deadPartitionRequestsQueue(PartitionProperties properties) {
		return QueueBuilder.durable(deadLetterQueue(properties)).build();
	}

	static String deadLetterQueue(PartitionProperties properties) {
		return properties.requestsQueue() + ".dead";
	}

	/**
	 * The manager's outgoing partition requests.
	 */
	@Bean
	public DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	/**
	 * Sends partition requests to the queue, as text.
	 */
	@Bean
	public IntegrationFlow partitionRequestsToQueue(@Qualifier("partitionRequests") DirectChannel partitionRequests,
			AmqpTemplate amqpTemplate, PartitionProperties properties) {
		return IntegrationFlow.from(partitionRequests)
			.transform(StepExecutionRequest.class, PartitionRequests::encode)
			.handle(Amqp.outboundAdapter(amqpTemplate).exchangeName("").routingKey(properties.requestsQueue()))
			.get();
	}

	/**
	 * The beans of a worker JVM ({@code breach-impact.partition.worker=true}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "breach-impact.partition.worker", havingValue = "true")
	static class WorkerConfiguration {

		/**
		 * Partition requests let through by the gate, to the worker step.
		 */
		@Bean
		DirectChannel workerRequests() {
			return new DirectChannel();
		}

		@Bean
		PartitionRequestGate partitionRequestGate(JobRepository jobRepository, DataSource dataSource,
				@Qualifier("workerRequests") DirectChannel workerRequests) {
			return new PartitionRequestGate(jobRepository, new PartitionClaims(dataSource), workerRequests);
		}

		/**
		 * Takes requests from the queue, {@code threads} at a time, each one acknowledged
		 * when its partition is done, as bytes (never a deserialized object); a message
		 * that is not a valid request is rejected once to the dead-letter queue, any
		 * other failure returns the request to the queue.
		 */
		@Bean
		IntegrationFlow partitionRequestsFromQueue(ConnectionFactory connectionFactory, PartitionProperties properties,
				PartitionRequestGate partitionRequestGate) {
			return IntegrationFlow
				.from(Amqp.inboundAdapter(connectionFactory, properties.requestsQueue())
					.messageConverter(new PartitionRequestBodies())
					.configureContainer((container) -> container.acknowledgeMode(AcknowledgeMode.AUTO)
						.prefetchCount(1)
						.concurrentConsumers(properties.effectiveThreads())
						.defaultRequeueRejected(true)
						.errorHandler(new PartitionRequestErrors(deadLetterQueue(properties)))))
				.handle(partitionRequestGate)
				.get();
		}

	}

}
