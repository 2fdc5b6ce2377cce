package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One million NDJSON lines are read in a JVM limited to 64 MB of heap. */
class NdjsonMemoryTest {

    @Test
    void readsAMillionLinesWithSixtyFourMegabytesOfHeapOnTheClassPath() throws Exception {
        String testClasses = Path.of(NdjsonMillionLines.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String classPath = String.join(File.pathSeparator, testClasses,
                System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                        "-cp", classPath, NdjsonMillionLines.class.getName(), "1000000"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("summary: 1000000 lines: 999996 good, 4 bad");
        assertThat(output).contains("first bad line: 250000 [/strain/deposits/0/extra: [unknown-property]");
        // The JVM runs everything on the class path: findAndAddModules() finds the module through
        // META-INF/services there.
        assertThat(output).containsPattern("class-path modules: \\[.*msbiome.*\\]");
        long maxHeap = Long.parseLong(output.replaceAll("(?s).*max heap: (\\d+).*", "$1"));
        assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}
