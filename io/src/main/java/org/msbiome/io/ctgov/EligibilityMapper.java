package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.population.AgeUnit;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Sex;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code eligibilityModule} (sex, age limits in their unit, healthy volunteers) and the inferred
 * phenotypes to the design's {@link Population}.
 */
final class EligibilityMapper {
    private EligibilityMapper() {}

    /** The population, or null when neither the module nor the phenotypes say anything about it. */
    static @Nullable Population map(AccountingReader reader, @Nullable JsonNode module, String p,
            List<MsCourse> phenotypes) {
        Optional<Sex> sex = Optional.empty();
        Optional<Boolean> healthy = Optional.empty();
        Optional<Age> minimum = Optional.empty();
        Optional<Age> maximum = Optional.empty();
        if (module != null) {
            sex = reader.code(module, p, "sex", Sex::fromCode);
            healthy = reader.bool(module, p, "healthyVolunteers");
            minimum = age(reader, module, p, "minimumAge");
            maximum = age(reader, module, p, "maximumAge");
            if (minimum.isPresent() && maximum.isPresent() && AgeUnit.above(minimum.get().value(),
                    minimum.get().unit(), maximum.get().value(), maximum.get().unit())) {
                String reason = "the minimum age (" + minimum.get() + ") is above the maximum age ("
                        + maximum.get() + "); neither limit is imported";
                for (String name : List.of("minimumAge", "maximumAge")) {
                    reader.unmark(p + "/" + name);
                    reader.reject(p + "/" + name, module.get(name), reason);
                }
                minimum = Optional.empty();
                maximum = Optional.empty();
            }
        }
        if (phenotypes.isEmpty() && sex.isEmpty() && healthy.isEmpty() && minimum.isEmpty() && maximum.isEmpty()) {
            return null;
        }
        return new Population(phenotypes, Optional.empty(), Optional.empty(), minimum.map(Age::value),
                maximum.map(Age::value), sex, healthy, List.of(), minimum.map(Age::unit), maximum.map(Age::unit));
    }

    /** An age limit and its unit. */
    private record Age(int value, AgeUnit unit) {
        @Override
        public String toString() {
            return value + " " + unit.code();
        }
    }

    /** An age limit in years, months, weeks or days, kept in its unit ("27 Weeks" is 27 weeks). */
    private static Optional<Age> age(AccountingReader reader, JsonNode module, String p, String name) {
        Optional<String> text = reader.rawString(module, p, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String ap = p + "/" + name;
        Matcher m = DesignModuleMapper.DURATION.matcher(text.get());
        if (!m.matches()) {
            reader.reject(ap, module.get(name), "not a number and a unit; expected like '18 Years' (OpenAPI pattern of "
                    + name + ")");
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        AgeUnit ageUnit = unit.startsWith("Year") ? AgeUnit.YEARS : unit.startsWith("Month") ? AgeUnit.MONTHS
                : unit.startsWith("Week") ? AgeUnit.WEEKS : unit.startsWith("Day") ? AgeUnit.DAYS : null;
        if (ageUnit != null && n <= Integer.MAX_VALUE) {
            reader.mark(ap);
            return Optional.of(new Age((int) n, ageUnit));
        }
        reader.reject(ap, module.get(name), "the vocabulary holds age limits in whole years, months, weeks or days, and "
                + n + " " + unit.toLowerCase(Locale.ROOT) + " is none of them; the limit is left out");
        return Optional.empty();
    }
}
