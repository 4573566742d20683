package com.breachimpact.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for an inline SVG: one bar per labelled value, bars
 * scaled to the largest value.
 *
 * @param width the drawing's width in pixels
 * @param height the drawing's height in pixels
 * @param labelWidth the width of the label column
 * @param bars the bars, top to bottom
 */
public record BarChart(int width, int height, int labelWidth, List<Bar> bars) {

	static final int ROW = 24;

	static final int BAR = 16;

	/**
	 * Lay out a chart.
	 * @param labels the labels, top to bottom
	 * @param values the values, one per label, not negative
	 * @param width the drawing's width
	 * @param labelWidth the width of the label column
	 * @return the chart; the longest bar spans the room left of labels and values
	 */
	public static BarChart of(List<String> labels, List<Long> values, int width, int labelWidth) {
		long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
		int room = width - labelWidth - 70;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			long value = values.get(i);
			int length = (max > 0) ? (int) Math.max((value > 0) ? 1 : 0, Math.round((double) value * room / max)) : 0;
			bars.add(new Bar(labels.get(i), value, i * ROW + 4, length));
		}
		return new BarChart(width, Math.max(ROW, labels.size() * ROW + 4), labelWidth, bars);
	}

	/**
	 * One bar.
	 *
	 * @param label the label, left of the bar
	 * @param value the value, right of the bar
	 * @param y the bar's top
	 * @param length the bar's length in pixels
	 */
	public record Bar(String label, long value, int y, int length) {

		/** The baseline of the bar's texts. */
		public int textY() {
			return this.y + BAR - 4;
		}

	}

}
