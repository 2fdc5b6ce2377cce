package org.msbiome.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * msbiome-core used as its pom allows: with {@code jakarta.validation-api} and without Hibernate Validator
 * (an optional dependency). A separate JVM runs {@link WithoutHibernateValidatorProbe} on a class path of
 * core's classes, the probe and the Bean Validation API jar only, so Hibernate Validator is really absent
 * (inside this JVM it is on the module path, where every class loader can see it).
 */
class WithoutHibernateValidatorTest {
    private static final String MESSAGE = "java.lang.IllegalStateException: Hibernate Validator is not available: add "
            + "org.hibernate.validator:hibernate-validator to the run-time dependencies to validate msbiome types";

    @Test
    void everyCallThrowsTheDocumentedIllegalStateException() throws Exception {
        List<String> lines = runProbe();

        assertThat(lines).containsExactly(
                "validator 1 " + MESSAGE,
                "validator 2 " + MESSAGE,
                "validator 3 " + MESSAGE,
                "newValidatorFactory 1 " + MESSAGE,
                "newValidatorFactory 2 " + MESSAGE,
                "newValidatorFactory 3 " + MESSAGE);
    }

    private static List<String> runProbe() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String validationApi = Path.of(Validator.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        String classPath = String.join(File.pathSeparator,
                Path.of("target", "classes").toString(), Path.of("target", "test-classes").toString(), validationApi);
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, WithoutHibernateValidatorProbe.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(classPath).doesNotContain("hibernate");
        return output.lines().toList();
    }
}
