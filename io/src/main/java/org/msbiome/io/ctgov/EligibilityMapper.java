package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.Population;
import org.msbiome.core.population.Sex;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code eligibilityModule} (sex, age limits in whole years, healthy volunteers) and the inferred
 * phenotypes to the design's {@link Population}.
 */
final class EligibilityMapper {
    private EligibilityMapper() {}

    /** The population, or null when neither the module nor the phenotypes say anything about it. */
    static @Nullable Population map(AccountingReader reader, @Nullable JsonNode module, String p,
            List<MsCourse> phenotypes) {
        Optional<Sex> sex = Optional.empty();
        Optional<Boolean> healthy = Optional.empty();
        Optional<Integer> minimum = Optional.empty();
        Optional<Integer> maximum = Optional.empty();
        if (module != null) {
            sex = reader.code(module, p, "sex", Sex::fromCode);
            healthy = reader.bool(module, p, "healthyVolunteers");
            minimum = age(reader, module, p, "minimumAge");
            maximum = age(reader, module, p, "maximumAge");
            if (minimum.isPresent() && maximum.isPresent() && minimum.get() > maximum.get()) {
                String reason = "the minimum age (" + minimum.get() + " years) is above the maximum age ("
                        + maximum.get() + " years); neither limit is imported";
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
        return new Population(phenotypes, Optional.empty(), Optional.empty(), minimum, maximum, sex, healthy, List.of());
    }

    /** An age limit in whole years: "22 Years", or months that make whole years ("24 Months"). */
    private static Optional<Integer> age(AccountingReader reader, JsonNode module, String p, String name) {
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
        if (unit.startsWith("Year") && n <= Integer.MAX_VALUE) {
            reader.mark(ap);
            return Optional.of((int) n);
        }
        if (unit.startsWith("Month") && n % 12 == 0) {
            reader.mark(ap);
            return Optional.of((int) (n / 12));
        }
        reader.reject(ap, module.get(name), "the vocabulary holds age limits in whole years, and " + n + " "
                + unit.toLowerCase(Locale.ROOT) + " is not a whole number of years; the limit is left out");
        return Optional.empty();
    }
}
