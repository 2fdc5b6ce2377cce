package org.msbiome.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-01-01, 2024-12-31",
        "2024-02, 2024-02-01, 2024-02-29",
        "2024-07-05, 2024-07-05, 2024-07-05"
    })
    void keepsThePrecisionItWasGiven(String text, LocalDate earliest, LocalDate latest) {
        PartialDate date = PartialDate.parse(text);
        assertThat(date).hasToString(text);
        assertThat(date.earliest()).isEqualTo(earliest);
        assertThat(date.latest()).isEqualTo(latest);
    }

    @Test
    void storesAYearWithoutInventingADay() {
        assertThat(PartialDate.parse("2022")).isEqualTo(PartialDate.of(Year.of(2022))).isInstanceOf(PartialDate.OfYear.class);
        assertThat(PartialDate.parse("2022-11")).isEqualTo(PartialDate.of(YearMonth.of(2022, 11)));
        assertThat(PartialDate.parse("2022-11-06")).isEqualTo(PartialDate.of(LocalDate.of(2022, 11, 6)));
    }

    @Test
    void ordersOnlyDatesWhoseSpansDoNotOverlap() {
        assertThat(PartialDate.ofYear(2022).isCertainlyBefore(PartialDate.ofYear(2024))).isTrue();
        assertThat(PartialDate.ofYear(2024).isCertainlyBefore(PartialDate.parse("2024-07-05"))).isFalse();
        assertThat(PartialDate.parse("2024-07-05").isCertainlyBefore(PartialDate.ofYear(2024))).isFalse();
        assertThat(PartialDate.parse("2023-12-31").isCertainlyBefore(PartialDate.ofYear(2024))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "24|date '24' is not an ISO 8601 year, month or day; expected a form like '2024', '2024-07' or '2024-07-05'",
        "2024/07|date '2024/07' is not an ISO 8601 year, month or day; expected a form like '2024', '2024-07' or '2024-07-05'",
        "July 2024|date 'July 2024' is not an ISO 8601 year, month or day; expected a form like '2024', '2024-07' or '2024-07-05'"
    })
    void rejectsOtherForms(String text, String message) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date '2023-02-29' is not a real date; 2023-02 has no day 29; it has days 01 to 28");
        assertThatThrownBy(() -> PartialDate.parse("2024-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date '2024-13' is not a real date; month 13 is not 01 to 12");
    }

    @Test
    void rejectsNullComponents() {
        assertThatThrownBy(() -> new PartialDate.OfYear(null)).isInstanceOf(NullPointerException.class).hasMessage("year");
        assertThatThrownBy(() -> new PartialDate.OfMonth(null)).isInstanceOf(NullPointerException.class).hasMessage("month");
        assertThatThrownBy(() -> new PartialDate.OfDay(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
    }
}
