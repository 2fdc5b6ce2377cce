package org.msbiome.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The architecture rules of the io module. */
class ArchitectureTest {
    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msbiome.io");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    @Test
    void publicApiTypesDoNotExtendOrImplementInternalTypes() {
        classes().that(DescribedPredicate.not(INTERNAL)).and().arePublic().should().notBeAssignableTo(INTERNAL)
                .check(IO);
    }

    @Test
    void publicApiMethodsDoNotExposeInternalTypes() {
        methods().that().arePublic().and().areDeclaredInClassesThat(DescribedPredicate.not(INTERNAL))
                .should().haveRawReturnType(DescribedPredicate.not(INTERNAL))
                .check(IO);
    }

    @Test
    void noJacksonModuleClassIsNamedJacksonModule() {
        noClasses().should().haveSimpleName("JacksonModule").check(IO);
    }
}
