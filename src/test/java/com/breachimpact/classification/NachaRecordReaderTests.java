package com.breachimpact.classification;

import java.util.List;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NachaRecordReader}.
 */
class NachaRecordReaderTests {

	private final NachaRecordReader reader = new NachaRecordReader();

	@Test
	void fixtureLinesAreRecords() {
		assertThat(NachaFixture.LINES).allSatisfy((line) -> assertThat(line).hasSize(NachaRecordReader.RECORD_LENGTH));
	}

	@Test
	void entriesAreRead() {
		NachaFile file = this.reader.read(NachaFixture.LF);
		assertThat(file.entries()).hasSize(3);
		NachaEntry first = file.entries().get(0);
		assertThat(first.entryNumber()).isEqualTo(1);
		assertThat(first.recordNumber()).isEqualTo(3);
		assertThat(first.offset()).isEqualTo(2 * 95);
		assertThat(first.transactionCode()).isEqualTo("22");
		assertThat(first.rdfiRouting()).isEqualTo("021000021");
		assertThat(first.routingValid()).isTrue();
		assertThat(first.accountNumber()).isEqualTo("123456789012");
		assertThat(first.amountCents()).isEqualTo(150000);
		assertThat(first.individualId()).isEqualTo("EMP001");
		assertThat(first.individualName()).isEqualTo("JANE Q DOE");
		assertThat(first.traceNumber()).isEqualTo("122105150000001");
		assertThat(file.entries().get(1).rdfiRouting()).isEqualTo("011000015");
	}

	@Test
	void recordsAreCountedByType() {
		NachaFile file = this.reader.read(NachaFixture.LF);
		assertThat(file.recordCounts())
			.containsExactlyInAnyOrderEntriesOf(Map.of('1', 1, '5', 1, '6', 3, '7', 1, '8', 1, '9', 1));
		assertThat(file.totalRecords()).isEqualTo(8);
		assertThat(file.malformedRecords()).isZero();
		assertThat(file.addenda()).singleElement().satisfies((addenda) -> {
			assertThat(addenda.entryNumber()).isEqualTo(1);
			assertThat(addenda.paymentInformation()).startsWith("PAYROLL NOTE").hasSize(80);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "crlf", "single", "trimmed" })
	void layoutVariantsReadTheSame(String variant) {
		String text = switch (variant) {
			case "crlf" -> NachaFixture.CRLF;
			case "single" -> NachaFixture.SINGLE_LINE;
			default -> String.join("\n", NachaFixture.LINES.stream().map(String::stripTrailing).toList());
		};
		NachaFile file = this.reader.read(text);
		assertThat(file.totalRecords()).isEqualTo(8);
		assertThat(file.entries()).extracting(NachaEntry::accountNumber)
			.containsExactly("123456789012", "9876543210", "123456789012");
		assertThat(file.entries()).extracting(NachaEntry::individualName)
			.containsExactly("JANE Q DOE", "JOHN SMITH", "JANE Q DOE");
		assertThat(NachaRecordReader.looksLikeNacha(text)).isTrue();
	}

	@Test
	void fileHeaderCutAfterItsFormatIsNacha() {
		// as moov-io/ach writes some headers: names trimmed, 75 characters
		List<String> lines = new java.util.ArrayList<>(NachaFixture.LINES);
		lines.set(0, lines.get(0).substring(0, 75).stripTrailing());
		String text = String.join("\n", lines);
		assertThat(NachaRecordReader.looksLikeNacha(text)).isTrue();
		assertThat(this.reader.read(text).entries()).hasSize(3);
		// a short first line without the header's format stays text
		assertThat(NachaRecordReader.looksLikeNacha(
				"101 021000021 1221051552501020930A0941XX JPMORGAN CHASE" + " ".repeat(40) + "\n" + lines.get(1)))
			.isFalse();
	}

	@Test
	void singleLineOffsetsPointIntoTheLine() {
		NachaFile file = this.reader.read(NachaFixture.SINGLE_LINE);
		assertThat(file.entries().get(1).offset()).isEqualTo(4 * 94);
	}

	@Test
	void foreignRecordsAreCountedAsMalformed() {
		NachaFile file = this.reader.read(NachaFixture.LF + "X this is not a record\n");
		assertThat(file.malformedRecords()).isEqualTo(1);
		assertThat(file.totalRecords()).isEqualTo(8);
	}

	@Test
	void entryToStringShowsOnlyMaskedValues() {
		String shown = this.reader.read(NachaFixture.LF).entries().get(0).toString();
		assertThat(shown).doesNotContain("123456789012").doesNotContain("JANE").contains("********9012");
	}

	@Test
	void otherTextIsNotNacha() {
		assertThat(NachaRecordReader.looksLikeNacha("101 Dalmatians\nis a film")).isFalse();
		assertThat(NachaRecordReader.looksLikeNacha("name,account\nJane,123")).isFalse();
		assertThat(NachaRecordReader.looksLikeNacha(NachaFixture.LINES.get(0) + "\nplain prose follows here"))
			.isFalse();
	}

}
