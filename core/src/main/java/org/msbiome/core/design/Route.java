package org.msbiome.core.design;

import org.msbiome.core.internal.Codes;

/**
 * How an intervention is given to a participant or an animal: the "how" of TIDieR item 6 and item 8
 * (https://doi.org/10.1186/s12874-017-0461-y, table 1). Animal routes (gavage, drinking water, diet) are
 * the ones EAE studies report; injection routes are those of EAE induction protocols
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2).
 *
 * @since 0.1.0
 */
public enum Route {
    /** Swallowed by the participant (capsule, sachet, food). */
    ORAL("oral"),
    /** Given into the stomach through a feeding tube (oral gavage). */
    GAVAGE("gavage"),
    /** Mixed into the animals' drinking water. */
    DRINKING_WATER("drinking-water"),
    /** Mixed into the animals' food. */
    DIET("diet"),
    /** Injected under the skin (s.c.). */
    SUBCUTANEOUS("subcutaneous"),
    /** Injected into the peritoneal cavity (i.p.). */
    INTRAPERITONEAL("intraperitoneal"),
    /** Injected into a vein (i.v.). */
    INTRAVENOUS("intravenous"),
    /** Injected into a muscle (i.m.). */
    INTRAMUSCULAR("intramuscular");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    /** The code, lower-case kebab, like {@code drinking-water}. */
    public String code() {
        return code;
    }

    /**
     * The route with this code.
     *
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if no route has this code; the message lists the valid codes
     */
    public static Route fromCode(String code) {
        return Codes.fromCode(Route.values(), Route::code, "route", code);
    }
}
