package org.msbiome.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the io module. No rule allows an empty "should" (ArchUnit's default), so a rule
 * that matched no class fails. (core's {@code ArchitectureTest} shows on broken fixtures that these rules bite.)
 */
class ArchitectureTest {
    private static final JavaClasses IO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.msbiome.io");

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    private static final DescribedPredicate<JavaClass> PUBLIC_API = DescribedPredicate.describe(
            "public API classes", c -> !INTERNAL.test(c) && c.getModifiers().contains(JavaModifier.PUBLIC));

    @Test
    void publicApiTypesDoNotExtendOrImplementInternalTypes() {
        classes().that(PUBLIC_API).should().notBeAssignableTo(INTERNAL).check(IO);
    }

    @Test
    void publicApiMembersDoNotExposeInternalTypes() {
        members()
                .that(DescribedPredicate.describe(
                        "are public or protected",
                        m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                                || m.getModifiers().contains(JavaModifier.PROTECTED)))
                .and()
                .areDeclaredInClassesThat(PUBLIC_API)
                .should(notExposeInternalTypes())
                .check(IO);
    }

    @Test
    void noJacksonModuleClassIsNamedJacksonModule() {
        noClasses().should().haveSimpleName("JacksonModule").check(IO);
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
}
