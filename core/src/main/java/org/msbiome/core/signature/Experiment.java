package org.msbiome.core.signature;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.Checks;
import org.msbiome.core.microbiome.ProfilingMethod;
import org.msbiome.core.microbiome.UberonId;

/**
 * One contrast of a study, as BugSigDB curates it: group 1 against reference group 0, how the microbiome was
 * measured and compared, the alpha-diversity results, and the signatures found.
 *
 * <p>An experiment without signatures is valid: the source curated the contrast but reported no taxa for it
 * ({@link #isExperimentOnly()}). Free-text fields are kept as curated; what the source does not give is empty.
 *
 * @param id the experiment's ID, e.g. {@code "bsdb:27352007/1"}
 * @param study the study it belongs to
 * @param name the experiment's name in the source, e.g. {@code "Experiment 1"}, if given
 * @param hostSpecies the host species as written, e.g. {@code "Homo sapiens"}, if given
 * @param location the location of the subjects, if given
 * @param bodySite the body site as written, e.g. {@code "Feces"}, if given
 * @param bodySiteId the body site's Uberon ID, if given
 * @param condition the condition's label as written, e.g. {@code "Multiple sclerosis"}, if given
 * @param conditionTerms the condition's ontology terms (EFO, MONDO, HP, …), in the source's order
 * @param group0 the reference group
 * @param group1 the contrast group
 * @param antibioticsExclusion the antibiotics exclusion as curated, e.g. {@code "6 months"}, if given
 * @param sequencingMethod how the profiles were obtained, if given
 * @param variableRegion the 16S variable region as written, e.g. {@code "4"}, if given
 * @param platform the sequencing platform, if given
 * @param dataTransformation the data transformation as curated, if given
 * @param statisticalTest the statistical test as curated, e.g. {@code "DESeq2"}, if given
 * @param significanceThreshold the significance threshold, e.g. 0.05, if given
 * @param multipleTestingCorrection whether p-values were corrected for multiple testing, if stated
 * @param ldaScoreAbove the LEfSe LDA score threshold, if given
 * @param matchedOn the factors the groups were matched on
 * @param confounders the confounders controlled for
 * @param diversity the alpha-diversity results, one per index at most
 * @param signatures the signatures; empty for an experiment-only record
 * @param provenance where the value was read from (the export and its licence), if recorded
 * @since 0.1.0
 */
public record Experiment(String id, SourceStudy study, Optional<String> name, Optional<String> hostSpecies,
        Optional<String> location, Optional<String> bodySite, Optional<UberonId> bodySiteId,
        Optional<String> condition, List<OntologyTerm> conditionTerms, @Valid ContrastGroup group0,
        @Valid ContrastGroup group1, Optional<String> antibioticsExclusion,
        Optional<ProfilingMethod> sequencingMethod, Optional<String> variableRegion, Optional<String> platform,
        Optional<String> dataTransformation, Optional<String> statisticalTest,
        Optional<BigDecimal> significanceThreshold, Optional<Boolean> multipleTestingCorrection,
        Optional<BigDecimal> ldaScoreAbove, List<String> matchedOn, List<String> confounders,
        List<DiversityResult> diversity, List<@Valid Signature> signatures, Optional<String> provenance) {
    private static final int MAX_DIGITS = 30;

    /**
     * Copies the lists and checks form: a non-blank ID, bounded decimals, one result per diversity index.
     *
     * @throws NullPointerException if a component or list element is null
     * @throws IllegalArgumentException if the ID is blank, a text is blank or holds a control character other
     *     than a line break or tab (curated text, WIRE-FORMAT.md), a decimal has more than 30 digits or an exponent
     *     beyond ±30, or a diversity index is listed twice
     */
    public Experiment {
        id = Checks.requireNonBlank(id, "id");
        Objects.requireNonNull(study, "study");
        name = Checks.curatedText(name, "name");
        hostSpecies = Checks.curatedText(hostSpecies, "hostSpecies");
        location = Checks.curatedText(location, "location");
        bodySite = Checks.curatedText(bodySite, "bodySite");
        Objects.requireNonNull(bodySiteId, "bodySiteId");
        condition = Checks.curatedText(condition, "condition");
        conditionTerms = Checks.copyOf(conditionTerms, "conditionTerms");
        Objects.requireNonNull(group0, "group0");
        Objects.requireNonNull(group1, "group1");
        antibioticsExclusion = Checks.curatedText(antibioticsExclusion, "antibioticsExclusion");
        Objects.requireNonNull(sequencingMethod, "sequencingMethod");
        variableRegion = Checks.curatedText(variableRegion, "variableRegion");
        platform = Checks.curatedText(platform, "platform");
        dataTransformation = Checks.curatedText(dataTransformation, "dataTransformation");
        statisticalTest = Checks.curatedText(statisticalTest, "statisticalTest");
        Objects.requireNonNull(significanceThreshold, "significanceThreshold");
        Objects.requireNonNull(multipleTestingCorrection, "multipleTestingCorrection");
        Objects.requireNonNull(ldaScoreAbove, "ldaScoreAbove");
        matchedOn = Checks.curatedTexts(matchedOn, "matchedOn");
        confounders = Checks.curatedTexts(confounders, "confounders");
        diversity = Checks.copyOf(diversity, "diversity");
        signatures = Checks.copyOf(signatures, "signatures");
        provenance = Checks.curatedText(provenance, "provenance");
        significanceThreshold.ifPresent(d -> bounded(d, "significanceThreshold"));
        ldaScoreAbove.ifPresent(d -> bounded(d, "ldaScoreAbove"));
        if (diversity.stream().map(DiversityResult::index).distinct().count() != diversity.size()) {
            throw new IllegalArgumentException("experiment " + Checks.quote(id)
                    + " lists a diversity index twice; expected at most one result per index");
        }
    }

    private static void bounded(BigDecimal value, String field) {
        if (value.precision() > MAX_DIGITS || Math.abs(value.scale()) > MAX_DIGITS) {
            throw new IllegalArgumentException(field + " has more than " + MAX_DIGITS
                    + " digits or an exponent beyond ±" + MAX_DIGITS + "; expected a threshold like 0.05");
        }
    }

    /**
     * Whether this is an experiment-only record: the contrast is curated but no signature was reported.
     *
     * @return true if there is no signature
     */
    public boolean isExperimentOnly() {
        return signatures.isEmpty();
    }

    /**
     * Whether one of the condition terms has this ID ({@code EFO_0003885} and {@code EFO:0003885} match).
     *
     * @param termId an ontology term ID
     * @return true if the experiment's condition has this term
     * @throws NullPointerException if {@code termId} is null
     */
    public boolean hasCondition(String termId) {
        String normalised = termId.replace(':', '_');
        return conditionTerms.stream().anyMatch(t -> t.normalisedId().equals(normalised));
    }
}
