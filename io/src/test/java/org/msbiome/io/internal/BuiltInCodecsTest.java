package org.msbiome.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writer runs a mapped type's factory on each value it writes (the reader runs it on what it reads),
 * except where the factory takes every text the codec writes: then the check could never fail. This proves
 * it for those types, on the values at the edges of their ranges and on random ones.
 */
class BuiltInCodecsTest {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    @Test
    void onlyTheTypesProvedHereAreTrusted() {
        assertThat(trusted(LocalDate.class)).isTrue();
        assertThat(trusted(Period.class)).isTrue();
        for (Class<?> type : List.of(YearMonth.class, Year.class, Instant.class, Duration.class, URI.class)) {
            assertThat(trusted(type)).as(type.getName()).isFalse();
        }
        // Why YearMonth is not: its text of year 10000 is one its parser refuses.
        assertThat(roundTrips(YearMonth.class, YearMonth.of(10000, 1))).isFalse();
    }

    @Test
    void periodParseTakesEveryPeriodWritten() {
        int[] edges = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1_000_000, -7, -1, 0, 1, 7, 1_000_000,
                Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
        List<Period> periods = new ArrayList<>(List.of(Period.ZERO, Period.ofWeeks(12), Period.ofDays(84)));
        for (int years : edges) {
            for (int months : edges) {
                for (int days : edges) {
                    periods.add(Period.of(years, months, days));
                }
            }
        }
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            periods.add(Period.of(random.nextInt(), random.nextInt(), random.nextInt()));
            periods.add(Period.of(random.nextInt(200) - 100, random.nextInt(30) - 15, random.nextInt(800) - 400));
        }
        for (Period period : periods) {
            assertThat(roundTrips(Period.class, period)).as(period.toString()).isTrue();
        }
    }

    @Test
    void localDateParseTakesEveryDateWritten() {
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH));
        int[] years = {Year.MIN_VALUE, -1_000_000, -100_000, -10_000, -9_999, -1_000, -999, -1, 0, 1, 999, 1_000,
                2_024, 9_999, 10_000, 99_999, 100_000, 1_000_000, Year.MAX_VALUE};
        for (int year : years) {
            for (int month = 1; month <= 12; month++) {
                YearMonth yearMonth = YearMonth.of(year, month);
                dates.add(yearMonth.atDay(1));
                dates.add(yearMonth.atEndOfMonth());
            }
        }
        Random random = new Random(22);
        for (int i = 0; i < 20_000; i++) {
            dates.add(LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1)));
            dates.add(LocalDate.ofEpochDay(random.nextLong(-1_000_000, 3_000_000)));
        }
        for (LocalDate date : dates) {
            assertThat(roundTrips(LocalDate.class, date)).as(date.toString()).isTrue();
        }
    }

    private static boolean trusted(Class<?> type) {
        return ((MappedCodec<?, ?>) BuiltInCodecs.of(type)).takesEveryWritten();
    }

    /** Whether the codec reads back, without a problem, the value it writes, as an equal value. */
    @SuppressWarnings("unchecked")
    private static <T> boolean roundTrips(Class<T> type, T value) {
        Codec<T> codec = (Codec<T>) BuiltInCodecs.of(type);
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            codec.encode(value, generator);
        }
        Problems problems = new Problems();
        T read = codec.decode(TREES.readTree(text.toString()), Pointer.ROOT, problems);
        return problems.isEmpty() && value.equals(read);
    }
}
