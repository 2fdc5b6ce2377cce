package org.msbiome.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.fixtures.ApiDump;

/**
 * The public API of msbiome-core, compared with the committed dump {@code core/api/msbiome-core.api}: one line
 * per public or protected type and member of the exported packages, with generic signatures and stability
 * status, sorted. Any API change shows up as a diff of that file in review.
 *
 * <p>After an intended change, regenerate the dumps of all modules with one command (see docs/conventions.md):
 * <pre>{@code ./mvnw -B -q -pl core,io -am test -Dtest='ApiDumpTest' -Dsurefire.failIfNoSpecifiedTests=false -Dmsbiome.api.update=true}</pre>
 *
 * <p>The dump itself is made by {@link ApiDump} (in {@code test-fixtures}), shared with the io module's test.
 */
class ApiDumpTest {
    private static final String MODULE = "msbiome-core";
    private static final Path DUMP = Path.of("api", MODULE + ".api");
    private static final Path CLASSES = Path.of("target", "classes");
    private static final String REGENERATE = ApiDump.REGENERATE;

    @Test
    void publicApiMatchesTheCommittedDump() throws IOException {
        List<String> actual = ApiDump.of(CLASSES, ApiDumpTest.class.getClassLoader());
        if (Boolean.getBoolean("msbiome.api.update")) {
            ApiDump.write(DUMP, MODULE, actual);
        }
        assertThat(Files.exists(DUMP)).as("%s exists; create it with: %s", DUMP, REGENERATE).isTrue();
        List<String> expected = ApiDump.read(DUMP);
        String diff = ApiDump.diff(expected, actual);
        assertThat(diff)
                .as("the public API differs from %s (- only in the dump, + only in the compiled classes);"
                        + " if the change is intended, regenerate with:%n%s%n", DUMP, REGENERATE)
                .isEmpty();
    }

    @Test
    void dumpIsSortedAndDeterministic() throws IOException {
        List<String> first = ApiDump.of(CLASSES, ApiDumpTest.class.getClassLoader());
        assertThat(first).isSorted().doesNotHaveDuplicates().isEqualTo(ApiDump.of(CLASSES, ApiDumpTest.class.getClassLoader()));
        assertThat(first).anyMatch(line -> line.startsWith("org.msbiome.core.validation.MsbiomeValidation "));
    }
}
