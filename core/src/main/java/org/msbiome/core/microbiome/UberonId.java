package org.msbiome.core.microbiome;

import java.util.Objects;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/**
 * An Uberon anatomy ontology term ID, such as {@code UBERON:0001988} (feces), naming a specimen's body site.
 *
 * @param value the CURIE, {@code UBERON:} and seven digits
 * @since 0.1.0
 */
public record UberonId(String value) {
    private static final Pattern FORM = Pattern.compile("UBERON:[0-9]{7}");

    /**
     * Feces, {@code UBERON:0001988} (the issue text of msbiome's microbiome issue).
     */
    public static final UberonId FECES = new UberonId("UBERON:0001988");

    /**
     * Checks the form.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the value is not {@code UBERON:} and seven digits
     */
    public UberonId {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Uberon ID " + Checks.quote(value)
                    + " is malformed; expected 'UBERON:' and seven digits, like 'UBERON:0001988'");
        }
    }
}
