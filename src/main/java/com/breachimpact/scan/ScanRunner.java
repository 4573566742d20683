package com.breachimpact.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.breachimpact.incremental.CaseLock;
import com.breachimpact.institution.ClientRegistry;
import com.breachimpact.institution.RegistryException;
import com.breachimpact.inventory.JdbcInventoryItemRepository;
import com.breachimpact.inventory.Reconciliation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches and restarts scans: checks the input before any work starts, takes the case's
 * lock so that two runs of a case never overlap, runs the scan job and reports its
 * outcome with the run's reconciliation.
 */
@Component
public class ScanRunner {

	private static final Logger logger = LoggerFactory.getLogger(ScanRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job scanJob;

	private final JdbcInventoryItemRepository items;

	private final CaseLock caseLock;

	private final ScanFolders folders;

	private final CaseKeyCheck caseKey;

	public ScanRunner(JobOperator jobOperator, JobRepository jobRepository, Job scanJob,
			JdbcInventoryItemRepository items, CaseLock caseLock, ScanFolders folders, CaseKeyCheck caseKey) {
		this.folders = folders;
		this.caseKey = caseKey;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.scanJob = scanJob;
		this.items = items;
		this.caseLock = caseLock;
	}

	/**
	 * Check a scan request: the inventory must be a readable folder, the registry a
	 * well-formed CSV, the reports and work folders apart from the inventory
	 * ({@link ScanFolders}).
	 * @param request the request
	 * @throws InvalidScanException if it cannot work
	 */
	public void validate(ScanRequest request) {
		if (request.inventory() == null) {
			throw new InvalidScanException(
					"No inventory given: pass --inventory <dir> or set breach-impact.scan.inventory in the job definition");
		}
		if (!Files.isDirectory(request.inventory())) {
			throw new InvalidScanException("Inventory folder not found: " + request.inventory()
					+ " (pass the folder holding the exfiltrated files with --inventory)");
		}
		if (request.manifest() != null && !Files.isRegularFile(request.manifest())) {
			throw new InvalidScanException("Manifest not found: " + request.manifest()
					+ " (pass the manifest CSV with --manifest, or leave it out to walk the inventory folder)");
		}
		if (request.registry() == null) {
			throw new InvalidScanException(
					"No client registry given: pass --registry <clients.csv> or set breach-impact.scan.registry in the job definition");
		}
		if (!Files.isRegularFile(request.registry()) || !Files.isReadable(request.registry())) {
			throw new InvalidScanException("Client registry not found or not readable: " + request.registry()
					+ " (pass the registry CSV with --registry)");
		}
		if (request.out() == null) {
			throw new InvalidScanException(
					"No reports folder given: pass --out <dir> or set breach-impact.scan.out in the job definition");
		}
		this.folders.check(request);
		try {
			ClientRegistry registry = ClientRegistry.load(request.registry());
			registry.warnings()
				.forEach((warning) -> logger.warn("Registry {} line {}: {}", request.registry(), warning.line(),
						warning.message()));
		}
		catch (RegistryException ex) {
			throw new InvalidScanException(ex.getMessage(), ex);
		}
	}

	/**
	 * Validate and run a new scan.
	 * @param request what to scan
	 * @return the outcome
	 */
	public ScanOutcome scan(ScanRequest request) {
		validate(request);
		try (CaseLock.Held lock = lock(request.caseName())) {
			this.caseKey.check(request.caseName());
			JobExecution execution = this.jobOperator.start(this.scanJob, ScanParameters.of(request));
			return outcome(execution);
		}
		catch (CaseBusyException | InvalidScanException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot launch the scan: " + ex.getMessage(), ex);
		}
	}

	private CaseLock.Held lock(String caseName) {
		return this.caseLock.tryLock(caseName)
			.orElseThrow(() -> new CaseBusyException("Case '" + caseName
					+ "' is being scanned by another process: this run was not started (try again when it ends)"));
	}

	/**
	 * Restart the most recent scan that did not complete (failed, stopped, or left
	 * running by a process that died), or a given execution.
	 * @param executionId the execution to restart, or {@code null} for the last failed
	 * one
	 * @return the outcome of the restarted execution
	 */
	public ScanOutcome restart(Long executionId) {
		JobExecution failed = (executionId != null) ? this.jobRepository.getJobExecution(executionId)
				: lastRestartable();
		if (failed == null) {
			throw new InvalidScanException((executionId != null) ? "No scan execution " + executionId
					: "No scan to restart: the last one completed");
		}
		String caseName = failed.getJobParameters().getString(ScanParameters.CASE);
		try (CaseLock.Held lock = lock((caseName != null) ? caseName : "execution " + failed.getId())) {
			if (caseName != null) {
				this.caseKey.check(caseName);
			}
			if (failed.getStatus().isRunning() || failed.getStatus() == BatchStatus.UNKNOWN) {
				// no process holds the case: the execution was cut off (killed, machine
				// lost) mid-run
				logger.info("Scan execution {} was left {} by a process that died: marking it failed to resume it",
						failed.getId(), failed.getStatus());
				failed = this.jobOperator.recover(failed);
			}
			return outcome(this.jobOperator.restart(failed));
		}
		catch (CaseBusyException | InvalidScanException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new InvalidScanException("Cannot restart scan execution " + failed.getId() + ": " + ex.getMessage(),
					ex);
		}
	}

	private JobExecution lastRestartable() {
		List<JobInstance> instances = this.jobRepository.getJobInstances(this.scanJob.getName(), 0, 1);
		if (instances.isEmpty()) {
			return null;
		}
		JobExecution last = this.jobRepository.getLastJobExecution(instances.get(0));
		if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
			return null;
		}
		return last;
	}

	private ScanOutcome outcome(JobExecution execution) {
		long runId = execution.getJobInstanceId();
		Reconciliation reconciliation = Reconciliation.of(this.items, runId);
		Duration duration = (execution.getStartTime() != null && execution.getEndTime() != null)
				? Duration.between(execution.getStartTime(), execution.getEndTime()) : Duration.ZERO;
		long bytes = this.items.analysedBytes(runId);
		String failure = null;
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			failure = execution.getAllFailureExceptions()
				.stream()
				.map(ScanRunner::oneLine)
				.distinct()
				.collect(Collectors.joining("; "));
		}
		return new ScanOutcome(runId, execution.getId(), execution.getStatus(), reconciliation,
				Path.of(execution.getJobParameters().getString(ScanParameters.OUT)), duration, bytes, failure);
	}

	private static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		return (newline >= 0) ? message.substring(0, newline) : message;
	}

}
