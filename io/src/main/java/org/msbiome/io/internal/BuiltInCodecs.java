package org.msbiome.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The codecs of the JDK types the format writes: JSON scalars, and ISO 8601 / RFC 3986 text. */
final class BuiltInCodecs {
    private BuiltInCodecs() {}

    static @Nullable Codec<?> of(Class<?> c) {
        if (c == String.class) {
            return ScalarCodec.STRING;
        } else if (c == boolean.class || c == Boolean.class) {
            return ScalarCodec.BOOLEAN;
        } else if (c == int.class || c == Integer.class) {
            return ScalarCodec.INT;
        } else if (c == long.class || c == Long.class) {
            return ScalarCodec.LONG;
        } else if (c == double.class || c == Double.class) {
            return ScalarCodec.DOUBLE;
        } else if (c == BigDecimal.class) {
            return ScalarCodec.BIG_DECIMAL;
        } else if (c == BigInteger.class) {
            return ScalarCodec.BIG_INTEGER;
        }
        return Temporal.CODECS.get(c);
    }

    /**
     * ISO 8601 text for dates, periods and durations; RFC 3986 text for URIs. {@code LocalDate.parse} and
     * {@code Period.parse} take every text their {@code toString} writes ({@code BuiltInCodecsTest}), so the
     * writer does not run them again; the others it runs ({@code YearMonth.of(10000, 1)} writes {@code 10000-01},
     * which {@code YearMonth.parse} refuses).
     */
    private static final class Temporal {
        static final Map<Class<?>, Codec<?>> CODECS = Map.of(
                LocalDate.class, new MappedCodec<>(LocalDate.class, ScalarCodec.STRING, LocalDate::parse,
                        LocalDate::toString, "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "an ISO 8601 date, like 2026-01-31",
                        true),
                YearMonth.class, text(YearMonth.class, YearMonth::parse, YearMonth::toString,
                        "^[0-9]{4}-[0-9]{2}$", "an ISO 8601 year and month, like 2026-01"),
                Year.class, text(Year.class, Year::parse, Year::toString,
                        "^[0-9]{4}$", "an ISO 8601 year, like 2026"),
                Instant.class, text(Instant.class, Instant::parse, Instant::toString,
                        null, "an ISO 8601 instant in UTC, like 2026-01-31T12:00:00Z"),
                Period.class, new MappedCodec<>(Period.class, ScalarCodec.STRING, Period::parse, Period::toString,
                        "^-?P(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$", "an ISO 8601 period, like P12W",
                        true),
                Duration.class, text(Duration.class, Duration::parse, Duration::toString,
                        null, "an ISO 8601 duration, like PT1H30M"),
                URI.class, text(URI.class, URI::create, URI::toString, null, "a URI"));
    }

    static <T> Codec<T> text(Class<T> type, Function<String, T> parse, Function<T, String> format,
            @Nullable String pattern, @Nullable String description) {
        return new MappedCodec<>(type, ScalarCodec.STRING, parse, format, pattern, description);
    }
}
