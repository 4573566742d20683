package com.breachimpact.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which JIT compilers a parser process should run with. A parser process is a fresh JVM
 * that extracts a bounded number of files (10,000 by default) and is replaced: it pays
 * the compilers' warm-up once per life. For each setting, a child JVM with the parser
 * processes' other flags (heap, serial GC) extracts the bench inventory with plain Tika
 * ({@link ScanThroughputBenchmark#tika}, one thread) several times over and prints the
 * CPU time of its whole process (compiler threads included) after each pass; the
 * settings alternate child by child. Usage:
 * {@code bench/run parserCompiler [files] [passes] [children per setting]}.
 */
public final class ParserCompilerBenchmark {

	private static final List<Setting> SETTINGS = List.of(
			new Setting("tiered (C1 + C2, the JVM's default)", List.of()),
			new Setting("C1 only (-XX:TieredStopAtLevel=1)", List.of("-XX:TieredStopAtLevel=1")));

	private ParserCompilerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 2000;
		int passes = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		int children = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		Path inventory = BenchInventory.of(files);
		System.out.printf(Locale.ROOT, "inventory: %d files, %d passes per child JVM, %d children per setting, %d cores%n",
				files, passes, children, Runtime.getRuntime().availableProcessors());
		double[][] cpu = new double[SETTINGS.size()][passes];
		for (int child = 0; child < children; child++) {
			for (int k = 0; k < SETTINGS.size(); k++) {
				// alternate which setting goes first
				int s = (child % 2 == 0) ? k : SETTINGS.size() - 1 - k;
				String load = ProcessTable.load();
				double[] passCpu = run(SETTINGS.get(s), inventory, passes);
				System.out.printf(Locale.ROOT, "  child %d, %s: cumulative CPU after each pass %s s (load before %s)%n",
						child + 1, SETTINGS.get(s).name(), format(passCpu), load);
				for (int p = 0; p < passes; p++) {
					cpu[s][p] += passCpu[p] / children;
				}
			}
		}
		System.out.println("mean cumulative process CPU (s) after each pass; files extracted = pass x " + files);
		for (int s = 0; s < SETTINGS.size(); s++) {
			System.out.printf(Locale.ROOT, "  %-40s %s%n", SETTINGS.get(s).name(), format(cpu[s]));
		}
		double[] tiered = cpu[0];
		double[] c1 = cpu[1];
		for (int p = 0; p < passes; p++) {
			System.out.printf(Locale.ROOT, "  after %6d files: C1 only / tiered = %.2fx CPU%n", (p + 1) * files,
					c1[p] / tiered[p]);
		}
		if (passes >= 2) {
			double tieredPass = tiered[passes - 1] - tiered[passes - 2];
			double c1Pass = c1[passes - 1] - c1[passes - 2];
			double gap = tiered[passes - 1] - c1[passes - 1];
			System.out.printf(Locale.ROOT, "last pass: tiered %.2f s, C1 only %.2f s per %d files%n", tieredPass, c1Pass,
					files);
			if (gap > 0 && c1Pass > tieredPass) {
				System.out.printf(Locale.ROOT, "break-even (tiered's lead in CPU gone) after about %.0f files per JVM%n",
						(passes + gap / (c1Pass - tieredPass)) * files);
			}
			else if (gap <= 0) {
				System.out.println("tiered already spent less CPU in all than C1 only");
			}
			else {
				System.out.println("C1 only spends no more than tiered per pass: no break-even");
			}
		}
	}

	private static double[] run(Setting setting, Path inventory, int passes) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Djava.awt.headless=true"));
		command.addAll(setting.flags());
		command.addAll(List.of("-cp", BenchClassPath.get(), Passes.class.getName(), inventory.toString(),
				Integer.toString(passes)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<Double> cpu = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith("cpu ")) {
					cpu.add(Double.parseDouble(line.substring(4)));
				}
			}
		}
		if (process.waitFor() != 0 || cpu.size() != passes) {
			throw new IllegalStateException("the child JVM of '" + setting.name() + "' failed");
		}
		return cpu.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static String format(double[] values) {
		List<String> parts = new ArrayList<>();
		for (double value : values) {
			parts.add(String.format(Locale.ROOT, "%.1f", value));
		}
		return String.join(" / ", parts);
	}

	private record Setting(String name, List<String> flags) {
	}

	/**
	 * The child: extract a folder's files {@code passes} times with plain Tika on one
	 * thread, printing the cumulative CPU time of the process after each pass.
	 */
	public static final class Passes {

		private Passes() {
		}

		public static void main(String[] args) throws Exception {
			List<Path> paths = BenchInventory.files(Path.of(args[0]));
			com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
				.getOperatingSystemMXBean();
			for (int pass = 0; pass < Integer.parseInt(args[1]); pass++) {
				ScanThroughputBenchmark.tika(paths, 1);
				System.out.printf(Locale.ROOT, "cpu %.3f%n", os.getProcessCpuTime() / 1e9);
			}
		}

	}

}
