package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.core.internal.Checks;

/**
 * Experimental autoimmune encephalomyelitis. A typical active induction is MOG35–55 in complete Freund's
 * adjuvant (CFA) given subcutaneously, with pertussis toxin given intraperitoneally
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2). What the source does not report is empty.
 *
 * @param induction active immunization or adoptive transfer
 * @param antigen the antigen
 * @param adjuvant the adjuvant, like {@code CFA}
 * @param pertussisToxin whether pertussis toxin was given
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Eae(
        Optional<EaeInduction> induction,
        Optional<Antigen> antigen,
        Optional<String> adjuvant,
        Optional<Boolean> pertussisToxin)
        implements DiseaseModel {

    /**
     * Strips the adjuvant.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the adjuvant is blank
     */
    public Eae {
        Objects.requireNonNull(induction, "induction");
        Objects.requireNonNull(antigen, "antigen");
        Objects.requireNonNull(adjuvant, "adjuvant");
        adjuvant = adjuvant.map(a -> Checks.requireNonBlank(a, "adjuvant"));
        Objects.requireNonNull(pertussisToxin, "pertussisToxin");
    }

    /** EAE of which the source reports no induction details. */
    public static Eae notReported() {
        return new Eae(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Active EAE with this antigen, adjuvant and pertussis toxin.
     *
     * @throws IllegalArgumentException if the adjuvant is blank
     */
    public static Eae active(Antigen antigen, String adjuvant, boolean pertussisToxin) {
        return new Eae(Optional.of(EaeInduction.ACTIVE), Optional.of(antigen), Optional.of(adjuvant),
                Optional.of(pertussisToxin));
    }
}
