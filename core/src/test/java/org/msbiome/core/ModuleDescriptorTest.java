package org.msbiome.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msbiome.core.validation.MsbiomeValidation;

/**
 * The module descriptor agrees with the package layout: every public API package is exported, and
 * Hibernate Validator may read every package it must reflect on. (Surefire opens every package to the
 * tests, so a forgotten {@code opens} would otherwise only show in a user's application.)
 */
class ModuleDescriptorTest {
    private static final ModuleDescriptor DESCRIPTOR = descriptor();

    private static ModuleDescriptor descriptor() {
        Module module = MsbiomeValidation.class.getModule();
        assertThat(module.isNamed()).as("tests run on the module path").isTrue();
        return module.getDescriptor();
    }

    /** The packages of the main classes (the patched test module also holds test-only packages). */
    private static Set<String> apiPackages() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .filter(p -> !p.isEmpty() && !p.contains(".internal"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The internal packages that hold constraint validators (one per concept with constraints). */
    private static Set<String> validatorPackages() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Validator.class"))
                    .map(f -> classes.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), "."))
                    .filter(p -> p.endsWith(".internal"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void everyPublicApiPackageIsExportedToEveryone() throws IOException {
        Set<String> exported = DESCRIPTOR.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(exported).isEqualTo(apiPackages());
    }

    @Test
    void noInternalPackageIsExported() {
        assertThat(DESCRIPTOR.exports()).noneMatch(e -> e.source().contains(".internal"));
    }

    @Test
    void hibernateValidatorMayReadEveryApiPackageAndInstantiateTheValidators() throws IOException {
        Set<String> openedToValidator = DESCRIPTOR.opens().stream()
                .filter(o -> o.targets().contains("org.hibernate.validator"))
                .map(ModuleDescriptor.Opens::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(apiPackages());
        expected.remove("org.msbiome.core.validation");
        expected.addAll(validatorPackages());

        assertThat(openedToValidator).isEqualTo(expected);
    }
}
