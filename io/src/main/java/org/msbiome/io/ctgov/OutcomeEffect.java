package org.msbiome.io.ctgov;

import java.util.Objects;
import org.msbiome.core.effect.ComputedEffect;

/**
 * An effect size the import computed from an outcome measure's measurements in two groups.
 *
 * @param treatment the intervention group's identifier
 * @param control the comparator group's identifier: its arm is a placebo or sham comparator, or gives only
 *     placebo
 * @param effect the effect; its {@code Computation} says how each SD was obtained (for example converted
 *     from a standard error)
 * @param from what it was computed from, for people, like
 *     {@code LEAST_SQUARES_MEAN with STANDARD_ERROR, n from the denominators}
 * @since 0.1.0
 */
public record OutcomeEffect(String treatment, String control, ComputedEffect effect, String from) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text is blank
     */
    public OutcomeEffect {
        treatment = Texts.requireNonBlank(treatment, "treatment");
        control = Texts.requireNonBlank(control, "control");
        Objects.requireNonNull(effect, "effect");
        from = Texts.requireNonBlank(from, "from");
    }
}
