package com.breachimpact.extraction;

/**
 * Creates the {@link ContentExtractor} that {@link ExtractionProperties#isolation()} asks
 * for.
 */
public final class ContentExtractors {

	private ContentExtractors() {
	}

	/**
	 * Create an extractor: a {@link TikaContentExtractor} for {@code in-process}, a
	 * {@link ForkedContentExtractor} for {@code forked}. The latter holds child
	 * processes: close it (it is {@link java.io.Closeable}; a Spring bean method
	 * returning it gets its {@code close} called on shutdown).
	 * @param properties the limits and isolation
	 * @param analysisThreads the threads that extract at the same time: the forked pool
	 * has one child JVM per thread unless {@link ExtractionProperties#parserProcesses()}
	 * is set
	 * @return the extractor
	 */
	public static ContentExtractor create(ExtractionProperties properties, int analysisThreads) {
		return switch (properties.isolation()) {
			case IN_PROCESS -> new TikaContentExtractor(properties);
			case FORKED -> new ForkedContentExtractor(
					properties.withParserProcesses(properties.effectiveParserProcesses(analysisThreads),
							properties.itemsPerParserProcess(), properties.parserProcessHeap()));
		};
	}

	/**
	 * Create an extractor for one analysis thread.
	 * @param properties the limits and isolation
	 * @return the extractor
	 * @see #create(ExtractionProperties, int)
	 */
	public static ContentExtractor create(ExtractionProperties properties) {
		return create(properties, 1);
	}

}
