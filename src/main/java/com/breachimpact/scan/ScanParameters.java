package com.breachimpact.scan;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a scan. Case, inventory, registry and output folder identify the
 * run together with the time it was requested, so every {@code scan} is a new run and a
 * failed run is resumed with {@code restart}.
 */
public final class ScanParameters {

	/** The inventory root folder. */
	public static final String INVENTORY = "inventory";

	/** The client registry CSV. */
	public static final String REGISTRY = "registry";

	/** The reports folder. */
	public static final String OUT = "out";

	/** The inventory's manifest CSV, when it has one (optional). */
	public static final String MANIFEST = "manifest";

	/**
	 * A run of the case whose reports mark what is new since it (optional, not
	 * identifying).
	 */
	public static final String SINCE = "since";

	/** The case the run belongs to. */
	public static final String CASE = "case";

	/** When the scan was requested: makes each scan a new job instance. */
	public static final String REQUESTED_AT = "requested-at";

	private ScanParameters() {
	}

	/**
	 * The parameters of a new scan.
	 * @param request what to scan
	 * @return identifying job parameters
	 */
	public static JobParameters of(ScanRequest request) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (request.manifest() != null) {
			parameters.addString(MANIFEST, absolute(request.manifest()));
		}
		if (request.sinceRunId() != null) {
			parameters.addLong(SINCE, request.sinceRunId(), false);
		}
		return parameters.addString(INVENTORY, absolute(request.inventory()))
			.addString(REGISTRY, absolute(request.registry()))
			.addString(OUT, absolute(request.out()))
			.addString(CASE, request.caseName())
			.addLong(REQUESTED_AT, System.currentTimeMillis())
			.toJobParameters();
	}

	private static String absolute(Path path) {
		return path.toAbsolutePath().normalize().toString();
	}

}
