package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a file under {@code src/test/resources} (or, for schemas, {@code src/main/resources}).
 * Run the tests with {@code -Dmsbiome.golden.update=true} to rewrite the files, then review the diff.
 */
final class GoldenFiles {
    private GoldenFiles() {}

    static final Path TEST_RESOURCES = moduleDir().resolve("src/test/resources");
    static final Path MAIN_RESOURCES = moduleDir().resolve("src/main/resources");

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src")) ? here : here.resolve("io");
    }

    static void assertMatches(Path file, String actual) {
        try {
            if (Boolean.getBoolean("msbiome.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (rerun with -Dmsbiome.golden.update=true to rewrite)", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("golden file %s", file).isEqualTo(actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resource) {
        try {
            return Files.readString(TEST_RESOURCES.resolve(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
