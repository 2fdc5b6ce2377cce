package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * The antigen that induces EAE, like the MOG35–55 peptide; well-known antigens are in {@link Antigens}.
 *
 * @param name the antigen's name, like {@code MOG35-55}
 * @param sequence the amino-acid sequence in one-letter codes, when known
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Antigen(String name, Optional<String> sequence) {

    /**
     * Strips the name.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank or the sequence is not upper-case amino-acid
     *     letters
     */
    public Antigen {
        name = Checks.requireNonBlank(name, "name");
        Objects.requireNonNull(sequence, "sequence");
        sequence = sequence.map(s -> Checks.requireNonBlank(s, "sequence"));
        if (sequence.isPresent() && !sequence.get().matches("[ACDEFGHIKLMNPQRSTVWY]+")) {
            throw new IllegalArgumentException("antigen sequence " + Checks.quote(sequence.get())
                    + " is not a peptide in one-letter codes; expected like 'MEVGWYRSPFSRVVHLYRNGK'");
        }
    }

    /**
     * An antigen without a stated sequence.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Antigen of(String name) {
        return new Antigen(name, Optional.empty());
    }
}
