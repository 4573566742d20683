package com.breachimpact.job;

import java.nio.file.Path;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import com.breachimpact.analysis.AnalysisWriter;
import com.breachimpact.analysis.ItemAnalyser;
import com.breachimpact.analysis.ItemAnalysis;
import com.breachimpact.analysis.JdbcAmbiguousCandidateRepository;
import com.breachimpact.analysis.JdbcAttributionCandidateRepository;
import com.breachimpact.analysis.JdbcClientFindingRepository;
import com.breachimpact.analysis.JdbcItemAttributionRepository;
import com.breachimpact.analysis.JdbcUnknownIdentifierRepository;
import com.breachimpact.analysis.TextCache;
import com.breachimpact.classification.SensitiveDataClassifier;
import com.breachimpact.classification.SeverityProperties;
import com.breachimpact.extraction.ContentExtractor;
import com.breachimpact.extraction.ContentExtractors;
import com.breachimpact.extraction.ExtractionProperties;
import com.breachimpact.incremental.ItemRemapper;
import com.breachimpact.indicators.IndicatorsProperties;
import com.breachimpact.incremental.ResultCarrier;
import com.breachimpact.institution.AttributionPolicy;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.InstitutionMatcher;
import com.breachimpact.institution.RegistryCatalog;
import com.breachimpact.inventory.FileDigester;
import com.breachimpact.inventory.InventoryEntry;
import com.breachimpact.inventory.InventoryWalker;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.JdbcScanRunRepository;
import com.breachimpact.inventory.LedgerEntry;
import com.breachimpact.inventory.LedgerItem;
import com.breachimpact.inventory.LedgerWriter;
import com.breachimpact.inventory.ManifestReader;
import com.breachimpact.inventory.PendingItemReaders;
import com.breachimpact.inventory.PreviousRunLookup;
import com.breachimpact.partition.AnalysePartitionSteps;
import com.breachimpact.partition.ItemRangePartitioner;
import com.breachimpact.partition.PartitionProperties;
import com.breachimpact.partition.UnfinishedPartitions;
import com.breachimpact.progress.AnalyseProgressListener;
import com.breachimpact.protection.KeyedHasher;
import com.breachimpact.report.ImpactReportWriter;
import com.breachimpact.report.ReportProperties;
import com.breachimpact.review.ReviewApplier;
import com.breachimpact.review.ReviewProperties;
import com.breachimpact.scan.ScanProperties;
import com.breachimpact.scan.ScanRunRecorder;

import com.breachimpact.persons.ObligationCalculator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scan job, every step of it and the beans its steps are made of:
 * <ol>
 * <li>{@code ingest}: walk the inventory (or read its manifest) and record every entry in
 * the ledger with its size, modification time and SHA-256;</li>
 * <li>{@code link}: find content analysed by an earlier run of the case, record removed
 * files;</li>
 * <li>{@code carry}: take over the earlier results of that content;</li>
 * <li>{@code analyse}: extract, classify and attribute every pending item, partitioned
 * into ranges of items ({@code analysePartition}) run on threads of this JVM or on worker
 * JVMs ({@code com.breachimpact.partition});</li>
 * <li>{@code carryRepeated}: take over the new results for content repeated within the
 * run;</li>
 * <li>{@code remap}: map moved, copied or re-registered content to clients again from the
 * text cache;</li>
 * <li>{@code review}: apply the investigators' review decisions;</li>
 * <li>{@code report}: write the run's reports.</li>
 * </ol>
 * Restartable: a failed run resumes where it stopped. The step names are kept in the job
 * repository: renaming one breaks the restart of runs recorded before.
 */
@Configuration(proxyBeanMethods = false)
public class ScanJobConfiguration {

	/** The job's name in the job repository. */
	public static final String JOB_NAME = "scan";

	/** Entries recorded per transaction by the ingest step. */
	private static final int INGEST_CHUNK_SIZE = 200;

	/**
	 * The content extractor, with one parser process per analysis thread unless the
	 * extraction properties set their number.
	 */
	@Bean
	public ContentExtractor contentExtractor(ExtractionProperties properties, PartitionProperties partitionProperties) {
		return ContentExtractors.create(properties, partitionProperties.effectiveThreads());
	}

	@Bean
	public Job scanJob(JobRepository jobRepository, Step ingestStep, Step linkStep, Step carryStep, Step analyseStep,
			Step carryRepeatedStep, Step remapStep, Step reviewStep, Step reportStep, ScanRunRecorder scanRunRecorder) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(scanRunRecorder)
			.start(ingestStep)
			.next(linkStep)
			.next(carryStep)
			.next(analyseStep)
			.next(carryRepeatedStep)
			.next(remapStep)
			.next(reviewStep)
			.next(reportStep)
			.build();
	}

	@Bean
	public ScanRunRecorder scanRunRecorder(JdbcScanRunRepository runs) {
		return new ScanRunRecorder(runs);
	}

	// ingest

	@Bean
	public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AbstractItemCountingItemStreamItemReader<InventoryEntry> inventoryReader, FileDigester fileDigester,
			LedgerWriter ledgerWriter) {
		return new StepBuilder("ingest", jobRepository).<InventoryEntry, LedgerEntry>chunk(INGEST_CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(inventoryReader)
			.processor(fileDigester)
			.writer(ledgerWriter)
			.build();
	}

	/**
	 * The inventory's entries: from its manifest when the scan names one, else by walking
	 * the inventory folder.
	 */
	@Bean
	@StepScope
	public AbstractItemCountingItemStreamItemReader<InventoryEntry> inventoryReader(
			@Value("#{jobParameters['inventory']}") String inventory,
			@Value("#{jobParameters['manifest']}") String manifest) {
		if (manifest != null && !manifest.isBlank()) {
			return new ManifestReader(Path.of(manifest), Path.of(inventory));
		}
		return new InventoryWalker(Path.of(inventory));
	}

	@Bean
	@StepScope
	public FileDigester fileDigester(@Value("#{jobParameters['inventory']}") String inventory,
			JdbcScanRunRepository runs, JdbcInventoryItemRepository items,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		Long previousRunId = runs.previousRunId(runId);
		PreviousRunLookup previousRun = (previousRunId != null) ? new PreviousRunLookup(items, previousRunId) : null;
		return new FileDigester(Path.of(inventory), previousRun);
	}

	@Bean
	@StepScope
	public LedgerWriter ledgerWriter(JdbcInventoryItemRepository items,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new LedgerWriter(items, runId);
	}

	// link, carry, carryRepeated

	@Bean
	public Step linkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return runStep("link", resultCarrier::link, jobRepository, transactionManager);
	}

	@Bean
	public Step carryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return runStep("carry", resultCarrier::carry, jobRepository, transactionManager);
	}

	@Bean
	public Step carryRepeatedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultCarrier resultCarrier) {
		return runStep("carryRepeated", resultCarrier::carry, jobRepository, transactionManager);
	}

	// analyse

	/**
	 * The manager step in local mode: partitions run on a pool of
	 * {@code breach-impact.partition.threads} threads (by default one per processor), or
	 * in the launching thread when there is one.
	 */
	@Bean
	@ConditionalOnProperty(name = "breach-impact.partition.mode", havingValue = "local", matchIfMissing = true)
	public Step analyseStep(JobRepository jobRepository, PartitionProperties properties,
			ItemRangePartitioner itemRangePartitioner,
			@Qualifier(AnalysePartitionSteps.WORKER_STEP) Step analysePartition, JdbcInventoryItemRepository items,
			ContentExtractor contentExtractor) {
		return new StepBuilder(AnalysePartitionSteps.MANAGER_STEP, jobRepository)
			.partitioner(AnalysePartitionSteps.WORKER_STEP, itemRangePartitioner)
			.step(analysePartition)
			.gridSize(properties.effectiveGridSize())
			.taskExecutor(partitionExecutor(properties.effectiveThreads()))
			.listener(new ExtractionForecast(items, contentExtractor))
			.build();
	}

	/**
	 * The worker step, run by this JVM (every JVM but a remote worker, which defines its
	 * own in {@link RemoteAnalyseSteps}).
	 */
	@Bean(AnalysePartitionSteps.WORKER_STEP)
	@ConditionalOnProperty(name = "breach-impact.partition.worker", havingValue = "false", matchIfMissing = true)
	public Step analysePartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScanProperties scanProperties, JdbcPagingItemReader<LedgerItem> pendingItemReader,
			ItemAnalyser itemAnalyser, AnalysisWriter analysisWriter, AnalyseProgressListener analyseProgressListener) {
		return new StepBuilder(AnalysePartitionSteps.WORKER_STEP, jobRepository)
			.<LedgerItem, ItemAnalysis>chunk(scanProperties.chunkSize())
			.transactionManager(transactionManager)
			.reader(pendingItemReader)
			.processor(itemAnalyser)
			.writer(analysisWriter)
			.listener(analyseProgressListener)
			.build();
	}

	/**
	 * The partitioner of the run the step belongs to: ranges of pending items of equal
	 * bytes.
	 */
	@Bean
	@StepScope
	public ItemRangePartitioner itemRangePartitioner(JdbcInventoryItemRepository items,
			PlatformTransactionManager transactionManager,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new ItemRangePartitioner(items, transactionManager, runId);
	}

	/**
	 * Reads the items of one partition still to analyse (the item ids {@code minId} to
	 * {@code maxId} of the partition's execution context).
	 */
	@Bean
	@StepScope
	public JdbcPagingItemReader<LedgerItem> pendingItemReader(DataSource dataSource, ScanProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
			@Value("#{stepExecutionContext['minId']}") long minId,
			@Value("#{stepExecutionContext['maxId']}") long maxId) throws Exception {
		return PendingItemReaders.toAnalyse(dataSource, properties.chunkSize(), runId, minId, maxId);
	}

	@Bean
	@StepScope
	public ItemAnalyser itemAnalyser(@Value("#{jobParameters['inventory']}") String inventory,
			@Value("#{jobParameters['registry']}") String registry, ContentExtractor extractor,
			RegistryCatalog registryCatalog, AttributionPolicy attributionPolicy, KeyedHasher keyedHasher,
			SensitiveDataClassifier sensitiveDataClassifier, TextCache textCache) {
		InstitutionMatcher matcher = registryCatalog.get(Path.of(registry)).matcher();
		return new ItemAnalyser(Path.of(inventory), extractor, matcher, attributionPolicy, keyedHasher,
				sensitiveDataClassifier, textCache);
	}

	@Bean
	@StepScope
	public AnalysisWriter analysisWriter(JdbcTemplate jdbcTemplate, JdbcInventoryItemRepository items,
			JdbcClientFindingRepository findings, JdbcItemAttributionRepository attributions,
			JdbcAttributionCandidateRepository candidates, JdbcUnknownIdentifierRepository unknownIdentifiers,
			JdbcAmbiguousCandidateRepository ambiguousCandidates,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) {
		return new AnalysisWriter(jdbcTemplate, items, findings, attributions, candidates, unknownIdentifiers,
				ambiguousCandidates, runId);
	}

	// remap

	@Bean
	public Step remapStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScanProperties properties, JdbcPagingItemReader<LedgerItem> remapItemReader, ItemRemapper itemRemapper,
			AnalysisWriter analysisWriter) {
		return new StepBuilder("remap", jobRepository).<LedgerItem, ItemAnalysis>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(remapItemReader)
			.processor(itemRemapper)
			.writer(analysisWriter)
			.build();
	}

	@Bean
	@StepScope
	public JdbcPagingItemReader<LedgerItem> remapItemReader(DataSource dataSource, ScanProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId) throws Exception {
		return PendingItemReaders.toRemap(dataSource, properties.chunkSize(), runId);
	}

	@Bean
	@StepScope
	public ItemRemapper itemRemapper(ItemAnalyser itemAnalyser, TextCache textCache,
			JdbcInventoryItemRepository items) {
		return new ItemRemapper(itemAnalyser, textCache, items);
	}

	// review, report

	@Bean
	public Step reviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewApplier reviewApplier) {
		return runStep("review", reviewApplier::apply, jobRepository, transactionManager);
	}

	@Bean
	public Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	/**
	 * Writes the run's reports from the database, the clients' HTML and PDF documents on
	 * as many threads as analyse partitions ({@code breach-impact.partition.threads}).
	 */
	@Bean
	@StepScope
	public Tasklet reportTasklet(JdbcTemplate jdbcTemplate, RegistryCatalog registryCatalog,
			SeverityProperties severityProperties, ReviewProperties reviewProperties,
			IndicatorsProperties indicatorsProperties, PartitionProperties partitionProperties,
			ReportProperties reportProperties, @Value("#{jobParameters['registry']}") String registry,
			@Value("#{jobParameters['out']}") String out, @Value("#{jobParameters['since']}") Long since,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long runId,
			ObjectProvider<ObligationCalculator> obligationCalculator) {
		ClientRegistry clientRegistry = registryCatalog.get(Path.of(registry)).registry();
		ImpactReportWriter writer = new ImpactReportWriter(jdbcTemplate, clientRegistry, severityProperties.policy(),
				reviewProperties.notifyReviewedOnly(), since, indicatorsProperties,
				obligationCalculator.getIfAvailable(), partitionProperties.effectiveThreads(), reportProperties);
		return (contribution, chunkContext) -> {
			writer.write(runId, Path.of(out));
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * A step of one transaction doing some work for the run.
	 * @param name the step's name
	 * @param work the work, given the run's id
	 * @param jobRepository the job repository
	 * @param transactionManager the transaction of the step
	 * @return the step
	 */
	private static Step runStep(String name, LongConsumer work, JobRepository jobRepository,
			PlatformTransactionManager transactionManager) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
			work.accept(context.getStepContext().getStepExecution().getJobExecution().getJobInstanceId());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	private static TaskExecutor partitionExecutor(int threads) {
		if (threads == 1) {
			return new SyncTaskExecutor();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("analyse-");
		executor.setConcurrencyLimit(threads);
		return executor;
	}

	/**
	 * The analyse steps of remote partitioning
	 * ({@code breach-impact.partition.mode=remote}, the messaging in
	 * {@link com.breachimpact.partition.RemotePartitioningConfiguration}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "breach-impact.partition.mode", havingValue = "remote")
	static class RemoteAnalyseSteps {

		/**
		 * The manager step in remote mode: cuts the partitions, sends their requests and
		 * polls the job repository until all are finished (or the timeout passes: the
		 * step fails and its unfinished partitions are marked failed, ready for a
		 * restart).
		 */
		@Bean
		Step analyseStep(RemotePartitioningManagerStepBuilderFactory managerStepBuilderFactory,
				JobRepository jobRepository, PartitionProperties properties, ItemRangePartitioner itemRangePartitioner,
				@Qualifier("partitionRequests") DirectChannel partitionRequests) {
			long timeout = properties.timeout().isZero() ? -1 : properties.timeout().toMillis();
			return managerStepBuilderFactory.get(AnalysePartitionSteps.MANAGER_STEP)
				.partitioner(AnalysePartitionSteps.WORKER_STEP, itemRangePartitioner)
				.gridSize(properties.effectiveGridSize())
				.outputChannel(partitionRequests)
				.pollInterval(Math.max(properties.pollInterval().toMillis(), 10))
				.timeout(timeout)
				.listener(new UnfinishedPartitions(jobRepository))
				.build();
		}

		/**
		 * The worker step of a worker JVM ({@code breach-impact.partition.worker=true}),
		 * run for the partition requests the gate lets through to {@code workerRequests}.
		 */
		@Bean(AnalysePartitionSteps.WORKER_STEP)
		@ConditionalOnProperty(name = "breach-impact.partition.worker", havingValue = "true")
		Step analysePartition(RemotePartitioningWorkerStepBuilderFactory workerStepBuilderFactory,
				PlatformTransactionManager transactionManager, ScanProperties scanProperties,
				@Qualifier("workerRequests") DirectChannel workerRequests,
				JdbcPagingItemReader<LedgerItem> pendingItemReader, ItemAnalyser itemAnalyser,
				AnalysisWriter analysisWriter) {
			return workerStepBuilderFactory.get(AnalysePartitionSteps.WORKER_STEP)
				.inputChannel(workerRequests)
				.<LedgerItem, ItemAnalysis>chunk(scanProperties.chunkSize())
				.transactionManager(transactionManager)
				.reader(pendingItemReader)
				.processor(itemAnalyser)
				.writer(analysisWriter)
				.build();
		}

	}

}
