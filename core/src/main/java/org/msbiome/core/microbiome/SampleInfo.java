package org.msbiome.core.microbiome;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.msbiome.core.internal.Checks;

/**
 * A sample (column) of a community profile with its metadata.
 *
 * @param id the sample's ID, unique in its profile
 * @param subject the person or animal the specimen came from
 * @param timePoint the time point, as the study labels it (e.g. {@code baseline}, {@code week 12})
 * @param group the arm or group (e.g. {@code MS}, {@code household control}, {@code probiotic})
 * @param attributes any further metadata, by name, kept verbatim (e.g. BIOM's {@code BarcodeSequence}); sorted by
 *     name
 * @since 0.1.0
 */
public record SampleInfo(String id, Optional<String> subject, Optional<String> timePoint, Optional<String> group,
        Map<String, String> attributes) {
    /**
     * Checks the form.
     *
     * @throws NullPointerException if a component, key or value is null
     * @throws IllegalArgumentException if the ID, a present text or an attribute name is blank
     */
    public SampleInfo {
        id = Checks.requireNonBlank(id, "id");
        subject = Objects.requireNonNull(subject, "subject").map(s -> Checks.requireNonBlank(s, "subject"));
        timePoint = Objects.requireNonNull(timePoint, "timePoint").map(s -> Checks.requireNonBlank(s, "timePoint"));
        group = Objects.requireNonNull(group, "group").map(s -> Checks.requireNonBlank(s, "group"));
        Objects.requireNonNull(attributes, "attributes");
        TreeMap<String, String> sorted = new TreeMap<>();
        attributes.forEach((k, v) -> {
            Checks.requireNonBlank(k, "attributes key");
            sorted.put(k, Objects.requireNonNull(v, "attributes[" + k + "]"));
        });
        attributes = Collections.unmodifiableMap(sorted);
    }

    /**
     * A sample with an ID only.
     *
     * @param id the ID
     * @return the sample
     */
    public static SampleInfo of(String id) {
        return new SampleInfo(id, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
