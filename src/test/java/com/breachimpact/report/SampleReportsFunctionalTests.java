package com.breachimpact.report;

import java.nio.file.Path;

import com.breachimpact.support.PostgresScanTestSupport;
import com.breachimpact.support.SampleExpectations;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SampleReportsFunctionalTests extends PostgresScanTestSupport {

	@Test
	void scratch() throws Exception {
		Path out = Path.of("target/scratch-reports");
		Scanned scanned = scan(SampleExpectations.SAMPLES.resolve("inventory"),
				SampleExpectations.SAMPLES.resolve("clients.csv"), out);
		assertThat(scanned.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

}
