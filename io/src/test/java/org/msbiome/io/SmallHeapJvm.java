package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test class's {@code main} in a new JVM limited to 64 MB of heap, with the test's class path (and
 * module path) as its class path, and returns what it printed once it has exited with status 0 (it
 * prints "max heap: N", which is checked to be at most 64 MB).
 */
final class SmallHeapJvm {
    private SmallHeapJvm() {}

    static String run(Class<?> main, String... args) throws Exception {
        String testClasses = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String classPath = String.join(File.pathSeparator, testClasses,
                System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        long maxHeap = Long.parseLong(output.replaceAll("(?s).*max heap: (\\d+).*", "$1"));
        assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
        return output;
    }
}
