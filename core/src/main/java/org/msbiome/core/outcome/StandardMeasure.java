package org.msbiome.core.outcome;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Codes;

/**
 * The catalog of standard outcome measures of MS studies. A measure carries its score range and its unit
 * only where a cited source gives them; for the others they are empty.
 *
 * @since 0.1.0
 */
public enum StandardMeasure implements OutcomeMeasure {
    /**
     * Expanded Disability Status Scale, 0 to 10 (Kurtzke 1983, Neurology 33:1444–1452); see
     * {@link org.msbiome.core.population.Edss} for the valid steps.
     */
    EDSS("edss", "Expanded Disability Status Scale", ScoreRange.of(0, 10), null),
    /**
     * Annualized relapse rate: relapses divided by patient-years of follow-up
     * (https://www.frontiersin.org/articles/10.3389/fneur.2022.875456/full).
     */
    ARR("arr", "Annualized relapse rate", null, "relapses per patient-year"),
    /**
     * Multiple Sclerosis Functional Composite: a composite of z-scores of T25FW, 9HPT and PASAT-3
     * (https://commondataelements.ninds.nih.gov/report-viewer/23818/).
     */
    MSFC("msfc", "Multiple Sclerosis Functional Composite", null, "z-score"),
    /**
     * Timed 25-Foot Walk, in seconds
     * (https://www.verywellhealth.com/multiple-sclerosis-functional-composite-5214351).
     */
    T25FW("t25fw", "Timed 25-Foot Walk", null, "s"),
    /** Nine-Hole Peg Test, in seconds (https://pmc.ncbi.nlm.nih.gov/articles/PMC5336539/table/Tab4). */
    NINE_HPT("9hpt", "Nine-Hole Peg Test", null, "s"),
    /**
     * Paced Auditory Serial Addition Test, 3-second version: correct sums out of 60 per trial
     * (https://pmc.ncbi.nlm.nih.gov/articles/PMC5336539/table/Tab4).
     */
    PASAT_3("pasat-3", "Paced Auditory Serial Addition Test (3 s)", ScoreRange.of(0, 60), null),
    /**
     * Fatigue Severity Scale, 9 items, total 9 to 63
     * (https://bmcneurol.biomedcentral.com/articles/10.1186/s12883-021-02396-1/tables/3).
     */
    FSS("fss", "Fatigue Severity Scale", ScoreRange.of(9, 63), null),
    /**
     * Modified Fatigue Impact Scale, 21 items, total 0 to 84
     * (https://bmcneurol.biomedcentral.com/articles/10.1186/s12883-021-02396-1/tables/3).
     */
    MFIS("mfis", "Modified Fatigue Impact Scale", ScoreRange.of(0, 84), null),
    /**
     * Multiple Sclerosis Quality of Life-54: 12 subscales, 2 single items and physical and mental health
     * composites, with no single overall score (https://commondataelements.ninds.nih.gov/report-viewer/23832/).
     */
    MSQOL_54("msqol-54", "Multiple Sclerosis Quality of Life-54", null, null),
    /** Beck Depression Inventory-II (range not verified). */
    BDI_II("bdi-ii", "Beck Depression Inventory-II", null, null),
    /** General Health Questionnaire-28 (range not verified). */
    GHQ_28("ghq-28", "General Health Questionnaire-28", null, null),
    /** Depression Anxiety Stress Scales (range not verified). */
    DASS("dass", "Depression Anxiety Stress Scales", null, null),
    /**
     * Number of gadolinium-enhancing lesions on MRI, a sign of disease activity
     * (Lublin 2014, https://pmc.ncbi.nlm.nih.gov/articles/PMC6858896/table/Tab2).
     */
    GADOLINIUM_ENHANCING_LESIONS("gd-enhancing-lesions", "Gadolinium-enhancing MRI lesions", null, "lesions"),
    /**
     * Number of new or enlarging T2 lesions on MRI, a sign of disease activity
     * (Lublin 2014, https://pmc.ncbi.nlm.nih.gov/articles/PMC6858896/table/Tab2).
     */
    NEW_OR_ENLARGING_T2_LESIONS("new-or-enlarging-t2-lesions", "New or enlarging T2 MRI lesions", null, "lesions"),
    /** Composition of the gut microbiome (taxa and their abundances). */
    MICROBIOME_COMPOSITION("microbiome-composition", "Gut microbiome composition", null, null);

    private final String code;
    private final String title;
    private final @Nullable ScoreRange range;
    private final @Nullable String unit;

    StandardMeasure(String code, String title, @Nullable ScoreRange range, @Nullable String unit) {
        this.code = code;
        this.title = title;
        this.range = range;
        this.unit = unit;
    }

    /** The code, lower-case kebab, like {@code pasat-3}. */
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
    }

    /** The range of the score, when a cited source gives it. */
    public Optional<ScoreRange> range() {
        return Optional.ofNullable(range);
    }

    /** The unit of the value, when it has one. */
    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * The measure with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no measure has this code; the message lists the valid codes
     */
    public static StandardMeasure fromCode(String code) {
        return Codes.fromCode(StandardMeasure.values(), StandardMeasure::code, "outcome measure", code);
    }
}
