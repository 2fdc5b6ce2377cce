package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.msbiome.core.internal.Codes;

/**
 * The ten entries of the SYRCLE risk-of-bias tool for animal studies, in the tool's order (Hooijmans et al.
 * 2014, BMC Med Res Methodol 14:43; https://pmc.ncbi.nlm.nih.gov/articles/PMC4230647/table/T2).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SyrcleItem {
    /** 1. Sequence generation. */
    SEQUENCE_GENERATION("sequence-generation", 1, SyrcleDomain.SELECTION),
    /** 2. Baseline characteristics. */
    BASELINE_CHARACTERISTICS("baseline-characteristics", 2, SyrcleDomain.SELECTION),
    /** 3. Allocation concealment. */
    ALLOCATION_CONCEALMENT("allocation-concealment", 3, SyrcleDomain.SELECTION),
    /** 4. Random housing. */
    RANDOM_HOUSING("random-housing", 4, SyrcleDomain.PERFORMANCE),
    /** 5. Blinding of caregivers and investigators. */
    BLINDING_OF_CAREGIVERS_AND_INVESTIGATORS("blinding-of-caregivers-and-investigators", 5, SyrcleDomain.PERFORMANCE),
    /** 6. Random outcome assessment. */
    RANDOM_OUTCOME_ASSESSMENT("random-outcome-assessment", 6, SyrcleDomain.DETECTION),
    /** 7. Blinding of the outcome assessor. */
    BLINDING_OF_OUTCOME_ASSESSOR("blinding-of-outcome-assessor", 7, SyrcleDomain.DETECTION),
    /** 8. Incomplete outcome data. */
    INCOMPLETE_OUTCOME_DATA("incomplete-outcome-data", 8, SyrcleDomain.ATTRITION),
    /** 9. Selective outcome reporting. */
    SELECTIVE_OUTCOME_REPORTING("selective-outcome-reporting", 9, SyrcleDomain.REPORTING),
    /** 10. Other sources of bias. */
    OTHER_BIAS("other-bias", 10, SyrcleDomain.OTHER);

    private final String code;
    private final int number;
    private final SyrcleDomain domain;

    SyrcleItem(String code, int number, SyrcleDomain domain) {
        this.code = code;
        this.number = number;
        this.domain = domain;
    }

    /** The code, lower-case kebab, like {@code random-housing}. */
    public String code() {
        return code;
    }

    /** The entry's number in the tool, 1 to 10. */
    public int number() {
        return number;
    }

    /** The bias domain the entry belongs to. */
    public SyrcleDomain domain() {
        return domain;
    }

    /**
     * The entry with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no entry has this code; the message lists the valid codes
     */
    public static SyrcleItem fromCode(String code) {
        return Codes.fromCode(SyrcleItem.values(), SyrcleItem::code, "SYRCLE item", code);
    }
}
