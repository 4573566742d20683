package com.breachimpact.partition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.breachimpact.scan.ScanProperties;
import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged messages on a worker's queue (on the local RabbitMQ, a queue of this test's
 * own): each is rejected once to the dead-letter queue {@code <queue>.dead} with one log
 * line and no stack trace, never requeued, and the worker goes on taking messages.
 */
class DeadLetterFunctionalTests extends PostgresScanTestSupport {

	private static final String QUEUE = "breach-impact.partitions.requests.dead-letter-test-"
			+ UUID.randomUUID().toString().substring(0, 8);

	@TempDir
	Path dir;

	@Autowired
	ScanProperties scanProperties;

	private final CachingConnectionFactory connectionFactory = new CachingConnectionFactory("127.0.0.1");

	private WorkerProcess worker;

	@AfterEach
	void stopWorkerAndDeleteQueues() throws InterruptedException {
		if (this.worker != null) {
			this.worker.kill();
		}
		RabbitAdmin admin = new RabbitAdmin(this.connectionFactory);
		admin.deleteQueue(QUEUE);
		admin.deleteQueue(QUEUE + ".dead");
		this.connectionFactory.destroy();
	}

	@Test
	void aForgedMessageIsRejectedOnceToTheDeadLetterQueueAndTheWorkerGoesOn() throws Exception {
		// given: a worker on a queue of this test's own
		Path job = Files.writeString(this.dir.resolve("worker.yml"), """
				breach-impact:
				  work-dir: %s
				  scan:
				    key-file: %s
				  partition:
				    requests-queue: %s
				""".formatted(this.dir.resolve("work"), this.scanProperties.keyFile().toAbsolutePath(), QUEUE),
				StandardCharsets.UTF_8);
		this.worker = WorkerProcess.start("dead-letter-worker", this.dir, job, PostgresTestDatabase.url());
		this.worker.awaitReady(Duration.ofSeconds(90));
		RabbitTemplate rabbit = new RabbitTemplate(this.connectionFactory);
		MessageProperties serialized = new MessageProperties();
		serialized.setContentType(MessageProperties.CONTENT_TYPE_SERIALIZED_OBJECT);
		List<Message> forged = new ArrayList<>(List.of(
				new Message(new byte[] { (byte) 0xac, (byte) 0xed, 0, 5, 's', 'r', 0, 9, 'x' }, serialized),
				text("42 " + AnalysePartitionSteps.MANAGER_STEP),
				text("999999999 " + AnalysePartitionSteps.WORKER_STEP), text("<script>alert(1)</script>\u0001")));

		// when
		for (Message message : forged) {
			rabbit.send("", QUEUE, message);
		}

		// then
		RabbitAdmin admin = new RabbitAdmin(this.connectionFactory);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (deadLetters(admin) < forged.size() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		Thread.sleep(1000);
		assertThat(deadLetters(admin)).as("messages in the dead-letter queue").isEqualTo(forged.size());
		assertThat(admin.getQueueInfo(QUEUE).getMessageCount()).as("messages left in the requests queue").isZero();
		List<String> bodies = new ArrayList<>();
		for (Message dead = rabbit.receive(QUEUE + ".dead"); dead != null; dead = rabbit.receive(QUEUE + ".dead")) {
			bodies.add(new String(dead.getBody(), StandardCharsets.ISO_8859_1));
		}
		assertThat(bodies).containsExactlyInAnyOrderElementsOf(
				forged.stream().map((message) -> new String(message.getBody(), StandardCharsets.ISO_8859_1)).toList());
		assertThat(this.worker.isAlive()).isTrue();
		String log = this.worker.log();
		String afterReady = log.substring(log.indexOf("Worker ready"));
		assertThat(afterReady.lines().filter((line) -> line.contains("Rejected a message to " + QUEUE + ".dead")))
			.as("one log line per forged message")
			.hasSize(forged.size());
		assertThat(afterReady.lines().count()).as("nothing but those lines (no stack trace)")
			.isEqualTo(forged.size() + 1);
		assertThat(afterReady).doesNotContain("<script>", "Hunter", "\u0001");
	}

	private long deadLetters(RabbitAdmin admin) {
		Properties queue = admin.getQueueProperties(QUEUE + ".dead");
		return (queue != null) ? ((Number) queue.get(RabbitAdmin.QUEUE_MESSAGE_COUNT)).longValue() : 0;
	}

	private static Message text(String body) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
		return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
	}

}
