package com.breachimpact.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What benchmarks read from {@code /proc}: a process tree, its resident memory and
 * CPU time, the CPU time of a PostgreSQL database's backends, and the load average.
 * CPU time is what makes a figure comparable on a shared machine: wall time grows
 * with other users' load, CPU time per file much less.
 */
final class ProcessTable {

	private static final long PAGE_SIZE = 4096;

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100.0;

	private ProcessTable() {
	}

	/** The process and all its descendants, from the parent ids in {@code /proc}. */
	static List<Long> tree(long root) {
		Map<Long, List<Long>> children = new HashMap<>();
		for (long pid : pids()) {
			String[] fields = stat(pid);
			if (fields != null) {
				children.computeIfAbsent(Long.parseLong(fields[1]), (key) -> new ArrayList<>()).add(pid);
			}
		}
		List<Long> tree = new ArrayList<>(List.of(root));
		for (int i = 0; i < tree.size(); i++) {
			tree.addAll(children.getOrDefault(tree.get(i), List.of()));
		}
		return tree;
	}

	/** Resident memory of a process in bytes, 0 once it has ended. */
	static long rss(long pid) {
		String[] fields = stat(pid);
		return (fields != null) ? Long.parseLong(fields[21]) * PAGE_SIZE : 0;
	}

	/**
	 * CPU seconds (user + system) so far of this JVM, of its descendants (live ones and
	 * those it has already reaped, such as replaced parser processes) and of the backends
	 * of the given PostgreSQL database, if any.
	 * @param database a database name whose backends count too, or {@code null}
	 * @return the CPU seconds by owner
	 */
	static Cpu cpu(String database) {
		long self = ProcessHandle.current().pid();
		long jvm = 0;
		long children = 0;
		for (long pid : tree(self)) {
			String[] fields = stat(pid);
			if (fields == null) {
				continue;
			}
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			if (pid == self) {
				jvm += ticks;
				children += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
			}
			else {
				children += ticks;
			}
		}
		long backends = 0;
		if (database != null) {
			for (long pid : pids()) {
				String command = commandLine(pid);
				String[] fields = stat(pid);
				if (fields != null && command.startsWith("postgres: ") && command.contains(" " + database + " ")) {
					backends += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
			}
		}
		return new Cpu(jvm / TICKS, children / TICKS, backends / TICKS);
	}

	/** Total CPU seconds so far, see {@link #cpu(String)}. */
	static double cpuSeconds(String database) {
		return cpu(database).total();
	}

	/** The 1, 5 and 15-minute load averages. */
	static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static List<Long> pids() {
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			return entries.map((path) -> path.getFileName().toString())
				.filter((name) -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
				.map(Long::parseLong)
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static String commandLine(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
					StandardCharsets.UTF_8)
				.replace('\0', ' ');
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	/** The fields of {@code /proc/<pid>/stat} after the command name (state first). */
	private static String[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * CPU seconds by owner.
	 *
	 * @param jvm this JVM
	 * @param children its child processes (parser processes)
	 * @param database the PostgreSQL backends of the benchmark's database
	 */
	record Cpu(double jvm, double children, double database) {

		double total() {
			return this.jvm + this.children + this.database;
		}

		Cpu minus(Cpu before) {
			return new Cpu(this.jvm - before.jvm, this.children - before.children, this.database - before.database);
		}

	}

}
