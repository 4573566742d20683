package com.breachimpact.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.breachimpact.protection.OutputFiles;
import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/**
 * A CSV report file, written with OpenCSV with a header row. Cells that a spreadsheet
 * would take for a formula (starting with {@code = + - @}, tab or carriage return, as
 * file names from stolen data may) are prefixed with an apostrophe, so opening a report
 * never runs anything.
 */
public final class CsvFile implements Closeable {

	private final ICSVWriter writer;

	private CsvFile(ICSVWriter writer) {
		this.writer = writer;
	}

	/**
	 * Create (or replace, when closed) a CSV file with owner-only permissions, never
	 * through a link ({@link OutputFiles}), and write its header.
	 * @param file the file
	 * @param header the column names
	 * @return the open file
	 */
	public static CsvFile create(Path file, String... header) {
		try {
			Writer out = new BufferedWriter(new OutputStreamWriter(OutputFiles.open(file), StandardCharsets.UTF_8));
			CsvFile csv = new CsvFile(new CSVWriterBuilder(out).withLineEnd(CSVWriter.RFC4180_LINE_END).build());
			csv.writer.writeNext(header, false);
			return csv;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write report " + file, ex);
		}
	}

	/**
	 * Write one row; {@code null} cells are written empty.
	 * @param cells the cells
	 */
	public void row(Object... cells) {
		String[] values = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			values[i] = defuse((cells[i] != null) ? cells[i].toString() : "");
		}
		this.writer.writeNext(values, true);
	}

	static String defuse(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
			return "'" + value;
		}
		return value;
	}

	private static boolean isNumber(String value) {
		try {
			Double.parseDouble(value);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		try {
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
