package org.msbiome.core.validation;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;

/**
 * The one documented way to get a validator for msbiome types.
 *
 * <p>The validator is Hibernate Validator configured with its {@code ParameterMessageInterpolator}:
 * messages interpolate {@code {param}} placeholders from the constraint's attributes and never evaluate
 * Expression Language, so a value from a user's document can never be run as an expression. Hibernate
 * Validator must be on the class path or module path at run time
 * ({@code org.hibernate.validator:hibernate-validator}; {@code msbiome-io} brings it); the Jakarta EL
 * implementation is not needed.
 *
 * <pre>{@code
 * Set<ConstraintViolation<Formulation>> problems = MsbiomeValidation.validator().validate(formulation);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MsbiomeValidation {
    private MsbiomeValidation() {}

    /** The shared validator, built by the first successful call of {@link #validator()}. */
    private static volatile @Nullable Validator shared;

    /**
     * A shared, thread-safe validator built once on first use.
     *
     * <p>When Hibernate Validator is missing, every call throws the same {@code IllegalStateException} (the
     * failure is not cached, so a later call after fixing the class path of a long-lived class loader works).
     *
     * @throws IllegalStateException if Hibernate Validator is not available at run time
     */
    public static Validator validator() {
        Validator validator = shared;
        if (validator == null) {
            synchronized (MsbiomeValidation.class) {
                validator = shared;
                if (validator == null) {
                    validator = newValidatorFactory().getValidator();
                    shared = validator;
                }
            }
        }
        return validator;
    }

    /**
     * A new validator factory with msbiome's settings, for callers that manage its life cycle (close it
     * when done) or want to derive validators with other settings from it.
     *
     * @throws IllegalStateException if Hibernate Validator is not available at run time
     */
    public static ValidatorFactory newValidatorFactory() {
        try {
            return HibernateValidatorBootstrap.build();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "Hibernate Validator is not available: add org.hibernate.validator:hibernate-validator "
                            + "to the run-time dependencies to validate msbiome types",
                    e);
        }
    }

    /**
     * Kept apart (and without a static initializer) so that a missing Hibernate Validator surfaces as a
     * {@code NoClassDefFoundError} from {@code build()} on every call, never as a failed class initialisation.
     */
    private static final class HibernateValidatorBootstrap {
        static ValidatorFactory build() {
            return jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                    .configure()
                    .messageInterpolator(
                            new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                    .buildValidatorFactory();
        }
    }
}
