package org.msbiome.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Builds constraint violations at a property path, with a fixed message template (never user input).
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
final class Violations {
    private final ConstraintValidatorContext context;
    private final String keyPrefix;
    private boolean valid = true;

    Violations(ConstraintValidatorContext context, Class<?> annotation) {
        this.context = context;
        this.keyPrefix = "{" + annotation.getName() + ".";
        context.disableDefaultConstraintViolation();
    }

    /** Reports rule {@code key} at {@code property}. */
    void at(String key, String property) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(property)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at the nested property {@code property.nested}. */
    void at(String key, String property, String nested) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(property)
                .addPropertyNode(nested)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at {@code list[index].property}. */
    void atElement(String key, String list, int index, String property) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(list)
                .addPropertyNode(property)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        valid = false;
    }

    /** Reports rule {@code key} at {@code list[index]}. */
    void atElement(String key, String list, int index) {
        context.buildConstraintViolationWithTemplate(template(key))
                .addPropertyNode(list)
                .addBeanNode()
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        valid = false;
    }

    /** Whether no rule was reported. */
    boolean valid() {
        return valid;
    }

    private String template(String key) {
        return keyPrefix + key + "}";
    }
}
