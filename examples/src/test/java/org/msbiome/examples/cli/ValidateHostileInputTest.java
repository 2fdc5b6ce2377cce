package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msbiome.examples.cli.HostileInput.assertNoRawInjection;
import static org.msbiome.examples.cli.HostileInput.assertPrintable;
import static org.msbiome.examples.cli.HostileInput.jsonString;
import static org.msbiome.examples.cli.HostileInput.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.taxonomy.Taxa;
import org.msbiome.examples.cli.HostileInput.Run;
import org.msbiome.io.MsbiomeJson;

/**
 * {@code msbiome validate} on inputs that try to break it (issue #18): terminal and log injection through
 * property names and file names (D07), devices (D06), bad NDJSON lines (D09) and other encodings (D13).
 */
class ValidateHostileInputTest {
    private static final String GOOD_TAXON = MsbiomeJson.writer().compact().write(Taxa.LACTICASEIBACILLUS_RHAMNOSUS);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void printsNoRawControlCharacterFromAPropertyName(String name) throws IOException {
        String document = GOOD_TAXON.replace("\"ncbiTaxonId\"", jsonString(name) + ":1,\"ncbiTaxonId\"");
        Path file = Files.writeString(dir.resolve("taxon.json"), document);

        Run run = run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertNoRawInjection(run, name);
        assertThat(run.out()).contains("[unknown-property]");
    }

    @Test
    void aLongPointerIsPrintedWithItsStartItsEndAndItsLength() throws IOException {
        // D01's 1 MB key made a 1 MB problem line; a 10,000-character property name stands for it here.
        String name = "k" + "0".repeat(9_998) + "z";
        String document = GOOD_TAXON.replace("\"ncbiTaxonId\"", jsonString(name) + ":1,\"ncbiTaxonId\"");
        Path file = Files.writeString(dir.resolve("taxon.json"), document);

        Run run = run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        String line = run.out().lines().filter(l -> l.contains("[unknown-property]")).findFirst().orElseThrow();
        assertThat(line).contains("/taxon/k000").contains("...(10,007 characters)...").contains("000z: [unknown-property]");
        assertThat(line.indexOf(": [unknown-property]")).isLessThan(file.toString().length() + 250);
    }

    @ParameterizedTest
    @MethodSource("org.msbiome.examples.cli.HostileInput#injections")
    void printsNoRawControlCharacterFromAFileName(String name) throws IOException {
        Path file;
        try {
            file = Files.writeString(dir.resolve(name.replace("/", "_").replace("\u0000", "") + ".json"), "{");
        } catch (java.nio.file.InvalidPathException e) {
            return; // a file system that cannot hold the name cannot be given it either
        }

        Run run = run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertNoRawInjection(run, name);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void readsADeviceOnlyUpToTheDocumentSizeLimit() {
        // /dev/zero has no size and no end; it once ran out of memory. Its NUL bytes are not JSON.
        Run zero = run("validate", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.out()).startsWith("/dev/zero:1:1: (document): [syntax]");
        assertPrintable(zero.out());

        Run random = run("validate", "/dev/urandom");
        assertThat(random.exit()).isEqualTo(1);
        assertPrintable(random.out());
    }

    @Test
    void reportsABadNdjsonLineAtItsNumberAndReadsOn() throws IOException {
        // Line 500 is not UTF-8; the lines after it are read too, and line 501 has a problem of its own.
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 499; i++) {
            lines.append(GOOD_TAXON).append('\n');
        }
        byte[] head = lines.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', (byte) 0xff, '"', '}', '\n'};
        byte[] tail = ("{\n" + GOOD_TAXON + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("stream.ndjson");
        Files.write(file, concat(head, bad, tail));

        Run run = run("validate", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("stream.ndjson:")).map(l -> l.split(":")[1]))
                .containsExactly("500", "501");
        assertThat(run.out()).contains("502 documents in 1 file: 500 valid, 2 invalid");
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndUtf16LikeTheLibrary() throws IOException {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, GOOD_TAXON.getBytes(StandardCharsets.UTF_8)));
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, ("\ufeff" + GOOD_TAXON).getBytes(StandardCharsets.UTF_16BE));
        Path bomLine = dir.resolve("bom.ndjson");
        Files.write(bomLine, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                (GOOD_TAXON + "\n" + GOOD_TAXON + "\n").getBytes(StandardCharsets.UTF_8)));

        Run run = run("validate", bom.toString(), utf16.toString());
        assertThat(run.exit()).as(run.out()).isZero();

        // The library's NDJSON reader decides about a byte order mark on the first line; the tool says the same.
        Run lines = run("validate", bomLine.toString());
        String library;
        try (var reader = MsbiomeJson.reader().ndjsonAny(Files.newInputStream(bomLine))) {
            library = reader.stream().map(l -> l.result().isValid() ? "valid" : "invalid").toList().toString();
        }
        assertThat(lines.out()).contains(library.equals("[valid, valid]") ? "all valid" : "1 invalid");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
