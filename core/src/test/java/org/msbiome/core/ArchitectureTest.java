package org.msbiome.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.Constraint;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the core module: what is public API, where constraints live, that the concept
 * packages form no dependency cycle, and what core may depend on.
 *
 * <p>Each rule is built by a method so that it can also be evaluated against the deliberately broken classes
 * in {@code org.msbiome.archfixtures}: the {@code *FailsOn*} tests show that every rule bites. No rule allows
 * an empty "should" (ArchUnit's default), so a rule that matched no class fails instead of passing.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msbiome.core");

    /** The broken classes; test classes, so imported without the "no tests" option. */
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.msbiome.archfixtures");

    /**
     * The constraints that belong to no concept and so live in {@code org.msbiome.core.validation} (listed in
     * docs/conventions.md and that package's javadoc). Every other constraint lives beside the type it guards.
     */
    static final Set<String> GENERIC_CONSTRAINTS = Set.of("org.msbiome.core.validation.Probability");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    private static final DescribedPredicate<JavaClass> PUBLIC_API = DescribedPredicate.describe(
            "public API classes", c -> !INTERNAL.test(c) && c.getModifiers().contains(JavaModifier.PUBLIC));

    // --- the rules -------------------------------------------------------------------------------------------

    /** The concept packages under {@code root} (each with its sub-packages) depend on each other without a cycle. */
    static ArchRule conceptsAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** No public or protected member of a public API class names an internal type, also as a type argument. */
    static ArchRule publicApiDoesNotExposeInternalTypes() {
        return members()
                .that(DescribedPredicate.describe(
                        "are public or protected",
                        m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                                || m.getModifiers().contains(JavaModifier.PROTECTED)))
                .and()
                .areDeclaredInClassesThat(PUBLIC_API)
                .should(notExposeInternalTypes());
    }

    /** A public API type neither extends nor implements an internal type. */
    static ArchRule publicApiTypesDoNotExtendInternalTypes() {
        return classes().that(PUBLIC_API).should().notBeAssignableTo(INTERNAL);
    }

    /**
     * A constraint annotation lives in the package of every type it guards, and its validators in that
     * package's {@code internal} package; only the listed generic constraints may be used anywhere.
     */
    static ArchRule constraintsLiveBesideTheTypesTheyGuard(Set<String> generic) {
        return classes().that().areAnnotatedWith(Constraint.class).should(liveBesideTheirTypes(generic));
    }

    // --- the rules applied to core -----------------------------------------------------------------------------

    @Test
    void theImportHoldsEveryConceptPackage() {
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).contains(
                "org.msbiome.core.design", "org.msbiome.core.effect", "org.msbiome.core.evidence",
                "org.msbiome.core.evidence.synthesis", "org.msbiome.core.formulation", "org.msbiome.core.immune",
                "org.msbiome.core.measure", "org.msbiome.core.outcome", "org.msbiome.core.population",
                "org.msbiome.core.preclinical", "org.msbiome.core.registry", "org.msbiome.core.strain",
                "org.msbiome.core.taxonomy", "org.msbiome.core.validation", "org.msbiome.core.internal");
        assertThat(CORE.that(PUBLIC_API)).hasSizeGreaterThan(150);
    }

    @Test
    void conceptPackagesAreFreeOfCycles() {
        conceptsAreFreeOfCycles("org.msbiome.core").check(CORE);
    }

    @Test
    void coreDependsOnTheBeanValidationApiAndTheJdkOnly() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.msbiome.core.validation.MsbiomeValidation")
                .and()
                .doNotHaveFullyQualifiedName(
                        "org.msbiome.core.validation.MsbiomeValidation$HibernateValidatorBootstrap")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.hibernate..")
                .check(CORE);
    }

    @Test
    void publicApiTypesDoNotExtendOrImplementInternalTypes() {
        publicApiTypesDoNotExtendInternalTypes().check(CORE);
    }

    @Test
    void publicApiMembersDoNotExposeInternalTypes() {
        publicApiDoesNotExposeInternalTypes().check(CORE);
    }

    @Test
    void constraintAnnotationsAreDocumentedAndRepeatable() {
        classes()
                .that()
                .areAnnotatedWith(Constraint.class)
                .should()
                .beAnnotatedWith(Documented.class)
                .andShould()
                .beAnnotatedWith(Repeatable.class)
                .check(CORE);
    }

    @Test
    void constraintAnnotationsLiveBesideTheTypesTheyGuard() {
        constraintsLiveBesideTheTypesTheyGuard(GENERIC_CONSTRAINTS).check(CORE);
    }

    @Test
    void genericConstraintsLiveInTheValidationPackage() {
        classes()
                .that(DescribedPredicate.describe(
                        "are the generic constraints " + GENERIC_CONSTRAINTS,
                        c -> GENERIC_CONSTRAINTS.contains(c.getName())))
                .should()
                .resideInAPackage("org.msbiome.core.validation")
                .check(CORE);
    }

    @Test
    void constraintValidatorsAreInternal() {
        classes()
                .that()
                .implement(jakarta.validation.ConstraintValidator.class)
                .should()
                .resideInAPackage("org.msbiome.core..internal")
                .check(CORE);
    }

    // --- the rules bite: each fails on a deliberately broken class ----------------------------------------------

    @Test
    void cycleRuleFailsOnTwoPackagesThatDependOnEachOther() {
        EvaluationResult result = conceptsAreFreeOfCycles("org.msbiome.archfixtures.cycle").evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains("Cycle detected: Slice alpha -> \n", "Slice beta -> \n");
    }

    @Test
    void exposureRuleFailsOnInternalTypesInTypeArguments() {
        EvaluationResult result = publicApiDoesNotExposeInternalTypes().evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result))
                .contains("Method <org.msbiome.archfixtures.exposure.Leaky.secrets()> exposes internal type"
                        + " org.msbiome.archfixtures.exposure.internal.Secret")
                .contains("Method <org.msbiome.archfixtures.exposure.Leaky.accept(java.util.Map)> exposes")
                .contains("Method <org.msbiome.archfixtures.exposure.Leaky.visit(java.util.function.Consumer)> exposes");
    }

    @Test
    void placementRuleFailsOnAConstraintAwayFromTheTypeItGuards() {
        EvaluationResult result = constraintsLiveBesideTheTypesTheyGuard(Set.of()).evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains(
                "org.msbiome.archfixtures.constraint.misplaced.Misplaced guards"
                        + " org.msbiome.archfixtures.constraint.guarded.Guarded in another package");
    }

    @Test
    void placementRuleAcceptsAConstraintListedAsGeneric() {
        EvaluationResult result = constraintsLiveBesideTheTypesTheyGuard(
                        Set.of("org.msbiome.archfixtures.constraint.misplaced.Misplaced"))
                .evaluate(FIXTURES);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void rulesFailWhenTheyMatchNoClass() {
        JavaClasses nothing = new ClassFileImporter().importPackages("org.msbiome.nosuchpackage");

        assertThatThrownBy(() -> publicApiTypesDoNotExtendInternalTypes().evaluate(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    // --- conditions ----------------------------------------------------------------------------------------------

    private static String report(EvaluationResult result) {
        String text = result.getFailureReport().toString();
        System.out.println(text);
        return text;
    }

    private static ArchCondition<JavaMember> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types (in raw types, type arguments or bounds)") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>();
                if (member instanceof JavaField field) {
                    types.add(field.getType());
                } else if (member instanceof JavaCodeUnit unit) {
                    types.add(unit.getReturnType());
                    types.addAll(unit.getParameterTypes());
                }
                Set<String> exposed = new TreeSet<>();
                for (JavaType type : types) {
                    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                        if (INTERNAL.test(raw)) {
                            exposed.add(raw.getName());
                        }
                    }
                }
                if (!exposed.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(
                            member, member.getDescription() + " exposes internal type " + String.join(", ", exposed)));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> liveBesideTheirTypes(Set<String> generic) {
        return new ArchCondition<>("live beside the types they guard (or be generic: " + generic + ")") {
            @Override
            public void check(JavaClass constraint, ConditionEvents events) {
                if (generic.contains(constraint.getName())) {
                    return;
                }
                String home = constraint.getPackageName();
                Set<String> guarded = new LinkedHashSet<>();
                for (JavaAnnotation<?> use : constraint.getAnnotationsWithTypeOfSelf()) {
                    JavaClass owner = ownerClass(use.getOwner());
                    if (owner != null && !owner.getPackageName().equals(home)) {
                        guarded.add(owner.getName());
                    }
                }
                for (String type : guarded) {
                    events.add(SimpleConditionEvent.violated(
                            constraint, constraint.getName() + " guards " + type + " in another package"));
                }
                JavaAnnotation<JavaClass> meta = constraint.getAnnotationOfType(Constraint.class.getName());
                Object validators = meta.get("validatedBy").orElse(new JavaClass[0]);
                for (Object validator : (Object[]) validators) {
                    JavaClass validatorClass = (JavaClass) validator;
                    if (!validatorClass.getPackageName().equals(home + ".internal")) {
                        events.add(SimpleConditionEvent.violated(constraint, constraint.getName()
                                + " is validated by " + validatorClass.getName() + ", outside " + home + ".internal"));
                    }
                }
            }
        };
    }

    private static JavaClass ownerClass(Object owner) {
        if (owner instanceof JavaClass type) {
            return type;
        }
        if (owner instanceof JavaMember member) {
            return member.getOwner();
        }
        if (owner instanceof JavaParameter parameter) {
            return parameter.getOwner().getOwner();
        }
        return null;
    }
}
