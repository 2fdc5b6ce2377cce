package org.msbiome.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Java code, taken from README.md itself when the test runs (not a copy): every {@code ```java}
 * block is a whole source file that compiles as pasted (imports included) against msbiome-core, msbiome-io
 * and their dependencies, and runs (each has a {@code main}); where the README shows what it prints (a line
 * "It prints:" and a code block after it), the block prints exactly that.
 */
class ReadmeExampleTest {
    private static final Path README = moduleDir().resolve("../README.md").normalize();
    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    private static final String PRINTS = "It prints:";

    /** A Java block of the README: where it starts, its source, and what it prints if the README shows it. */
    record Block(int line, String source, Optional<String> prints) {
        String className() {
            Matcher matcher = PUBLIC_CLASS.matcher(source);
            return matcher.find() ? matcher.group(1) : "";
        }

        @Override
        public String toString() {
            return "README.md line " + line + ": " + className();
        }
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```java")) {
                continue;
            }
            int start = i + 1;
            StringBuilder source = new StringBuilder();
            for (i++; !lines.get(i).equals("```"); i++) {
                source.append(lines.get(i)).append('\n');
            }
            int next = skipBlank(lines, i + 1);
            Optional<String> prints = Optional.empty();
            if (next < lines.size() && lines.get(next).equals(PRINTS)) {
                int fence = skipBlank(lines, next + 1);
                assertThat(lines.get(fence)).as("README.md line %d: a code block after '%s'", fence + 1, PRINTS)
                        .isEqualTo("```");
                StringBuilder out = new StringBuilder();
                for (i = fence + 1; !lines.get(i).equals("```"); i++) {
                    out.append(lines.get(i)).append('\n');
                }
                prints = Optional.of(out.toString());
            }
            blocks.add(new Block(start, source.toString(), prints));
        }
        return blocks;
    }

    @Test
    void everyJavaBlockIsAWholeProgram() throws IOException {
        List<Block> blocks = blocks();
        assertThat(blocks).extracting(Block::className).contains("QuickStart", "WriteAndRead", "ProblemReport")
                .doesNotContain("").doesNotHaveDuplicates();
        assertThat(blocks).allSatisfy(block -> assertThat(block.source()).as(block.toString())
                .contains("public static void main(String[] args)"));
        assertThat(blocks).filteredOn(block -> block.prints().isPresent()).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void compilesAsPastedAndPrintsWhatTheReadmeShows(Block block, @TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path source = dir.resolve(block.className() + ".java");
        Files.writeString(source, block.source(), StandardCharsets.UTF_8);

        String classPath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
            compiled = javac.getTask(diagnostics, files, null, List.of("--release", "17", "-encoding", "UTF-8",
                    "-Xlint:all,-processing,-classfile", "-Werror", "-proc:none", "-classpath", classPath,
                    "-d", classes.toString()), null, units).call();
        }
        assertThat(compiled).as("%s does not compile:%n%s", block, diagnostics).isTrue();

        // Run in its own JVM, in an empty working directory (WriteAndRead writes product.json there).
        Path work = Files.createDirectories(dir.resolve("work"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp", classes + File.pathSeparator + classPath, block.className())
                .directory(work.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s ends", block).isTrue();
        assertThat(process.exitValue()).as("%s exits with 0; stderr:%n%s", block,
                Files.readString(dir.resolve("stderr.txt"))).isZero();
        if (block.prints().isPresent()) {
            assertThat(out).as(block.toString()).isEqualTo(block.prints().get());
        }
    }

    private static int skipBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src")) ? here : here.resolve("examples");
    }
}
