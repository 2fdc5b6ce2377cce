/**
 * The msbiome vocabulary: immutable domain types for microbiome and multiple-sclerosis research,
 * with their rules as Jakarta Bean Validation constraints.
 *
 * <p>Every package whose name does not contain {@code internal} is public API. At run time the module
 * needs {@code jakarta.validation} only; {@link org.msbiome.core.validation.MsbiomeValidation} builds a
 * ready validator when Hibernate Validator is present.
 */
module org.msbiome.core {
    requires transitive jakarta.validation;
    requires static org.jspecify;
    requires static org.apiguardian.api;
    requires static org.hibernate.validator;

    exports org.msbiome.core.design;
    exports org.msbiome.core.diversity;
    exports org.msbiome.core.effect;
    exports org.msbiome.core.evidence;
    exports org.msbiome.core.evidence.synthesis;
    exports org.msbiome.core.formulation;
    exports org.msbiome.core.immune;
    exports org.msbiome.core.measure;
    exports org.msbiome.core.microbiome;
    exports org.msbiome.core.outcome;
    exports org.msbiome.core.plausibility;
    exports org.msbiome.core.population;
    exports org.msbiome.core.preclinical;
    exports org.msbiome.core.registry;
    exports org.msbiome.core.reporting;
    exports org.msbiome.core.safety;
    exports org.msbiome.core.signature;
    exports org.msbiome.core.strain;
    exports org.msbiome.core.taxonomy;
    exports org.msbiome.core.validation;

    // Hibernate Validator reads record fields reflectively, and instantiates the constraint validators that
    // live in each concept's internal package (not exported: opened to Hibernate Validator, and to msbiome-io,
    // whose reader runs the same validators while it binds a document: org.msbiome.io.internal.ReadChecks).
    opens org.msbiome.core.design to org.hibernate.validator;
    opens org.msbiome.core.diversity to org.hibernate.validator;
    opens org.msbiome.core.effect to org.hibernate.validator;
    opens org.msbiome.core.evidence to org.hibernate.validator;
    opens org.msbiome.core.evidence.synthesis to org.hibernate.validator;
    opens org.msbiome.core.formulation to org.hibernate.validator;
    opens org.msbiome.core.immune to org.hibernate.validator;
    opens org.msbiome.core.measure to org.hibernate.validator;
    opens org.msbiome.core.microbiome to org.hibernate.validator;
    opens org.msbiome.core.microbiome.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.outcome to org.hibernate.validator;
    opens org.msbiome.core.plausibility to org.hibernate.validator;
    opens org.msbiome.core.population to org.hibernate.validator;
    opens org.msbiome.core.preclinical to org.hibernate.validator;
    opens org.msbiome.core.registry to org.hibernate.validator;
    opens org.msbiome.core.reporting to org.hibernate.validator;
    opens org.msbiome.core.safety to org.hibernate.validator;
    opens org.msbiome.core.signature to org.hibernate.validator;
    opens org.msbiome.core.signature.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.strain to org.hibernate.validator;
    opens org.msbiome.core.taxonomy to org.hibernate.validator;
    opens org.msbiome.core.design.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.effect.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.evidence.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.formulation.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.population.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.preclinical.internal to org.hibernate.validator, org.msbiome.io;
    opens org.msbiome.core.validation.internal to org.hibernate.validator, org.msbiome.io;
}
