package org.msbiome.core.internal;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Builds constraint violations at a property path, with a fixed message template (never user input).
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Violations {
    private final ConstraintValidatorContext context;
    private final Class<?> annotation;
    private boolean valid = true;

    /**
     * Starts reporting for {@code annotation}: the default violation is disabled, and rule {@code key} uses
     * the message key {@code <annotation class name>.<key>}.
     *
     * @param context the validator's context
     * @param annotation the constraint annotation whose message keys are used
     */
    public Violations(ConstraintValidatorContext context, Class<?> annotation) {
        this.context = context;
        this.annotation = annotation;
        context.disableDefaultConstraintViolation();
    }

    /** Reports rule {@code key} at {@code property}. */
    public void at(String key, String property) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(property)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at the nested property {@code property.nested}. */
    public void at(String key, String property, String nested) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(property)
                .addPropertyNode(nested)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at {@code list[index].property}. */
    public void atElement(String key, String list, int index, String property) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at {@code list[index]}. */
    public void atElement(String key, String list, int index) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(list)
                .addBeanNode()
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        valid = false;
    }

    /** Whether no rule was reported. */
    public boolean valid() {
        return valid;
    }

    /** The template of a rule, made only when it is broken (most values break none). */
    private String template(String key) {
        return "{" + annotation.getName() + "." + key + "}";
    }
}
