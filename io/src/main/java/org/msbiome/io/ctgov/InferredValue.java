package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
/**
 * A value the import inferred from text rather than read from a coded field, like the MS phenotype RRMS
 * from the condition "Relapsing-Remitting Multiple Sclerosis", or a taxon from a probiotic's description.
 *
 * @param target where the value went, in terms of the import result, like {@code design.population.phenotypes}
 * @param value the inferred value, like {@code rrms}
 * @param pointer the JSON Pointer (RFC 6901) of the source text, like
 *     {@code /protocolSection/conditionsModule/conditions/0}
 * @param text the source text the value was read from (the part that matched)
 * @param reason why the text gives this value
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record InferredValue(String target, String value, String pointer, String text, String reason) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank or the pointer is not a JSON Pointer
     */
    public InferredValue {
        target = Texts.requireNonBlank(target, "target");
        value = Texts.requireNonBlank(value, "value");
        pointer = Texts.requirePointer(pointer, "pointer");
        text = Texts.requireNonBlank(text, "text");
        reason = Texts.requireNonBlank(reason, "reason");
    }

    /** One line for people: {@code target = value  <- pointer 'text' (reason)}. */
    @Override
    public String toString() {
        return target + " = " + value + "  <- " + pointer + " '" + text + "' (" + reason + ")";
    }
}
