package org.msbiome.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.Constraint;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import org.junit.jupiter.api.Test;

/** The architecture rules of the core module: what is public API, and what core may depend on. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msbiome.core");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

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
        classes()
                .that(DescribedPredicate.not(INTERNAL))
                .and()
                .arePublic()
                .should()
                .notBeAssignableTo(INTERNAL)
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void publicApiMethodsDoNotExposeInternalTypes() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat(DescribedPredicate.not(INTERNAL))
                .should(notExposeInternalTypes())
                .allowEmptyShould(true)
                .check(CORE);
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
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void constraintValidatorsAreInternal() {
        classes()
                .that()
                .implement(jakarta.validation.ConstraintValidator.class)
                .should()
                .resideInAPackage("org.msbiome.core..internal")
                .allowEmptyShould(true)
                .check(CORE);
    }

    private static ArchCondition<JavaMethod> notExposeInternalTypes() {
        return new ArchCondition<>("not expose internal types") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean exposes = INTERNAL.test(method.getRawReturnType())
                        || method.getRawParameterTypes().stream().anyMatch(INTERNAL);
                if (exposes) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " exposes an internal type"));
                }
            }
        };
    }
}
