package org.stiel.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stiel.insight.internal.LongTableReader.Column;

/** How a long table's cells and headers read, as the provinces' and the coordinators' spreadsheets write them. */
class ImportValuesTests {

    @Test
    void numbersWithADecimalCommaOrPointAndThousands() {
        assertThat(ImportValues.number("12,5", false)).isEqualByComparingTo("12.5");
        assertThat(ImportValues.number("12.5", false)).isEqualByComparingTo("12.5");
        assertThat(ImportValues.number("1.234,5", false)).isEqualByComparingTo("1234.5");
        assertThat(ImportValues.number("1,234.5", false)).isEqualByComparingTo("1234.5");
        assertThat(ImportValues.number("2.100", true)).isEqualByComparingTo("2100");
        assertThat(ImportValues.number("2.100", false)).isEqualByComparingTo("2.1");
        assertThat(ImportValues.number("18 %", true)).isEqualByComparingTo("18");
        assertThat(ImportValues.number("-0,25", true)).isEqualByComparingTo("-0.25");
        assertThat(ImportValues.number("twaalf", true)).isNull();
        assertThat(ImportValues.number("1e5", false)).isNull();
        assertThat(ImportValues.number("99999999999", false)).isNull();
    }

    @Test
    void aPeriodIsAYearOrADate() {
        assertThat(ImportValues.period("2024")).isEqualTo(new ImportValues.Period("YEAR", LocalDate.of(2024, 1, 1)));
        assertThat(ImportValues.period("31/12/2023"))
                .isEqualTo(new ImportValues.Period("DATE", LocalDate.of(2023, 12, 31)));
        assertThat(ImportValues.period("2023-06-30"))
                .isEqualTo(new ImportValues.Period("DATE", LocalDate.of(2023, 6, 30)));
        assertThat(ImportValues.period("1-1-2022"))
                .isEqualTo(new ImportValues.Period("DATE", LocalDate.of(2022, 1, 1)));
        assertThat(ImportValues.period("vorig jaar")).isNull();
        assertThat(ImportValues.period("31/02/2023")).isNull();
    }

    @Test
    void headersAreMatchedWithoutCaseAccentsOrSpacesAndOthersAreIgnored() {
        var at = LongTableReader.columns(
                List.of("Extra", "NIS-code", "Périóde", "INDICATOR", " Waarde ", "Teller", "Noemer"));
        assertThat(at)
                .containsEntry(Column.CODE, 1)
                .containsEntry(Column.PERIOD, 2)
                .containsEntry(Column.INDICATOR, 3)
                .containsEntry(Column.VALUE, 4)
                .containsEntry(Column.NUMERATOR, 5)
                .containsEntry(Column.DENOMINATOR, 6)
                .hasSize(6);
        assertThat(LongTableReader.columns(List.of("Municipality", "Year", "Indicator", "Value", "Source", "Licence")))
                .containsOnlyKeys(
                        Column.MUNICIPALITY,
                        Column.PERIOD,
                        Column.INDICATOR,
                        Column.VALUE,
                        Column.SOURCE,
                        Column.LICENCE);
    }
}
