package org.msbiome.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msbiome.io.biom.Biom;
import org.msbiome.io.biom.ProfileImport;
import org.msbiome.io.internal.Bindings;

/**
 * The corpus of hostile and broken inputs under {@code src/test/resources/corpus/}: its manifest
 * {@code corpus.tsv} says, for each input, what it tries and what the strict reader must answer. Large
 * inputs ({@code gen:<name>}) are made here at test time rather than committed.
 *
 * <p>Used by {@link HostileCorpusTest}, and by itself in a JVM with {@code -Xmx64m}:
 * {@code java -Xmx64m -cp <test and run-time class path> org.msbiome.io.HostileCorpus <corpus dir>} checks
 * every input, prints the count per category and exits with 1 if any input failed.
 */
public final class HostileCorpus {
    private HostileCorpus() {}

    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    private static final Pattern LOCATED = Pattern.compile("(?s)(.*?) ?@(\\d+):(\\d+)");

    /**
     * One input of the corpus.
     *
     * @param file the file under the corpus directory, or {@code gen:<name>} for an input made at test time
     * @param kind the document kind it is read as
     * @param category the kind of attack
     * @param mode {@code bytes} (read from an InputStream), {@code text} (from a String) or {@code ndjson}
     * @param expected the outcome: {@code valid}, {@code <code> [pointer] [@line:column]}, or for NDJSON
     *     {@code lines=N good=G; <line>:<code>[@line:column]; ...}
     * @param contains text a problem message must hold literally (empty when nothing is required)
     * @param tries what the input tries
     */
    public record Entry(String file, String kind, String category, String mode, String expected, String contains,
            String tries) {
        @Override
        public String toString() {
            return category + ": " + file;
        }
    }

    /** The entries of the manifest, in order. */
    public static List<Entry> load(Path directory) {
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("corpus.tsv: expected 7 tab-separated fields: " + line);
                }
                entries.add(new Entry(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of entries per category, sorted by category. */
    public static Map<String, Long> countByCategory(List<Entry> entries) {
        return entries.stream().collect(Collectors.groupingBy(Entry::category, TreeMap::new, Collectors.counting()));
    }

    /**
     * The bytes of an entry: the file, or the generated input. The largest generated inputs (17 MiB) are
     * made while they are read, so that they are never held in memory whole.
     */
    public static Supplier<InputStream> input(Path directory, Entry entry) {
        if (entry.file().startsWith("gen:")) {
            Object generated = generate(entry.file().substring(4));
            if (generated instanceof Supplier<?> stream) {
                return () -> (InputStream) stream.get();
            }
            byte[] bytes = (byte[]) generated;
            return () -> new ByteArrayInputStream(bytes);
        }
        try {
            byte[] bytes = Files.readAllBytes(directory.resolve(entry.file()));
            return () -> new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Supplier<InputStream> input) {
        try (InputStream in = input.get()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an entry's input as its mode says and compares the outcome with the expected one.
     *
     * @return what is wrong, empty when the reader answered as expected
     */
    public static List<String> check(Entry entry, Supplier<InputStream> input) {
        Class<?> type = Bindings.standard().kindNamed(entry.kind()).orElseThrow().type();
        if (entry.mode().equals("ndjson")) {
            return checkLines(entry, input, type);
        }
        return checkResult(entry.expected(), entry.contains(), result(entry, input, type), type);
    }

    /**
     * The outcome of reading an entry that is one document: modes {@code bytes} and {@code text} use the reader;
     * {@code biom-json} reads the text (UTF-8) as a BIOM 1.0 table, {@code biom-hdf5} the bytes as a BIOM 2.1 table, and
     * {@code biom-file} reads the bytes from a
     * file with {@link Biom#read(Path, org.msbiome.core.microbiome.ProfileMeasurement)}, all as
     * {@code community-profile}.
     */
    private static ReadResult<?> result(Entry entry, Supplier<InputStream> input, Class<?> type) {
        switch (entry.mode()) {
            case "text":
                return READER.read(new String(bytes(input), StandardCharsets.UTF_8), type);
            case "biom-json":
                return biom(() -> Biom.readJson(new String(bytes(input), StandardCharsets.UTF_8), null));
            case "biom-hdf5":
                return biom(() -> Biom.readHdf5(bytes(input), null));
            case "biom-file":
                return biom(() -> {
                    Path file = null;
                    try {
                        file = Files.createTempFile("corpus", ".biom");
                        Files.write(file, bytes(input));
                        return Biom.read(file, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        if (file != null) {
                            file.toFile().delete();
                        }
                    }
                });
            default:
                return READER.read(input.get(), type);
        }
    }

    private static ReadResult<?> biom(Supplier<ProfileImport> read) {
        try {
            return new ReadResult.Valid<>(read.get().profile());
        } catch (InvalidDocumentException e) {
            return new ReadResult.Invalid<>(e.problems());
        }
    }

    /** The outcome in the manifest's notation (every problem), to write or review an entry. */
    public static String describe(Entry entry, Supplier<InputStream> input) {
        Class<?> type = Bindings.standard().kindNamed(entry.kind()).orElseThrow().type();
        if (entry.mode().equals("ndjson")) {
            StringBuilder out = new StringBuilder();
            try (NdjsonReader<?> lines = READER.ndjson(input.get(), type)) {
                while (lines.hasNext()) {
                    NdjsonLine<?> line = lines.next();
                    line.result().problems().forEach(p -> out.append(line.lineNumber()).append(": ").append(p).append('\n'));
                }
                return lines.summary() + "\n" + out;
            }
        }
        ReadResult<?> result = result(entry, input, type);
        return result.isValid() ? "valid" : result.problems().stream().limit(5).map(Problem::toString)
                .map(s -> s.length() > 300 ? s.substring(0, 300) + "…" : s).collect(Collectors.joining("\n"));
    }

    private static List<String> checkLines(Entry entry, Supplier<InputStream> input, Class<?> type) {
        List<String> failures = new ArrayList<>();
        String[] parts = entry.expected().split("; ");
        Matcher counts = Pattern.compile("lines=(\\d+) good=(\\d+)").matcher(parts[0]);
        if (!counts.matches()) {
            return List.of("bad expectation: " + entry.expected());
        }
        Map<Long, String> expectedBad = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            expectedBad.put(Long.parseLong(parts[i].substring(0, colon)), parts[i].substring(colon + 1));
        }
        try (NdjsonReader<?> lines = READER.ndjson(input.get(), type)) {
            long previous = 0; // blank lines are skipped: the numbers of the others increase, with gaps
            while (lines.hasNext()) {
                NdjsonLine<?> line = lines.next();
                if (line.lineNumber() <= previous) {
                    failures.add("line " + line.lineNumber() + " comes after line " + previous);
                }
                previous = line.lineNumber();
                String expected = expectedBad.get(line.lineNumber());
                if (expected != null) {
                    failures.addAll(checkResult(expected, entry.contains(), line.result(), type).stream()
                            .map(f -> "line " + line.lineNumber() + ": " + f).toList());
                } else if (!line.result().isValid() && line.result().problems().isEmpty()) {
                    failures.add("line " + line.lineNumber() + " is invalid without a problem");
                }
            }
            NdjsonSummary summary = lines.summary();
            if (summary.lines() != Long.parseLong(counts.group(1)) || summary.good() != Long.parseLong(counts.group(2))) {
                failures.add("expected " + parts[0] + " but read " + summary);
            }
        }
        return failures;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<String> checkResult(String expected, String contains, ReadResult<?> result, Class<T> type) {
        List<String> failures = new ArrayList<>();
        if (expected.equals("valid")) {
            if (!result.isValid()) {
                failures.add("expected a valid document but got " + result.problems());
                return failures;
            }
            T value = (T) result.orElseThrow();
            ReadResult<T> again = READER.read(WRITER.write(value), type);
            if (!again.isValid() || !again.orElseThrow().equals(value)) {
                failures.add("the value does not rewrite and re-read equal: " + again.problems());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WRITER.write(value, bytes);
            ReadResult<T> fromBytes = READER.read(new ByteArrayInputStream(bytes.toByteArray()), type);
            if (!fromBytes.isValid() || !fromBytes.orElseThrow().equals(value)) {
                failures.add("the value does not rewrite as UTF-8 and re-read equal: " + fromBytes.problems());
            }
            return failures;
        }
        if (result.isValid()) {
            failures.add("expected " + expected + " but the document was read as valid");
            return failures;
        }
        int space = expected.indexOf(' ');
        String code = space < 0 ? expected : expected.substring(0, space);
        String after = space < 0 ? "" : expected.substring(space + 1);
        Optional<TextLocation> location = Optional.empty();
        Matcher located = LOCATED.matcher(after);
        if (located.matches()) {
            after = located.group(1);
            location = Optional.of(new TextLocation(Long.parseLong(located.group(2)), Long.parseLong(located.group(3))));
        }
        // \\uXXXX in the manifest stands for a character that a TSV file cannot hold well (like NUL).
        after = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(after)
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        // No pointer: any pointer, as long as a line and column are given.
        boolean anyPointer = after.isEmpty();
        String pointer = after.equals("(document)") ? "" : after;
        if (anyPointer && location.isEmpty()) {
            failures.add("the expectation names neither a pointer nor a line and column: " + expected);
        }
        Optional<TextLocation> where = location;
        boolean found = result.problems().stream().anyMatch(p -> p.code().code().equals(code)
                && (anyPointer || p.pointer().equals(pointer)
                        || pointer.endsWith("/*") && p.pointer().startsWith(pointer.substring(0, pointer.length() - 1)))
                && (where.isEmpty() || p.location().equals(where))
                && p.message().contains(contains));
        if (!found) {
            failures.add("expected " + expected + (contains.isEmpty() ? "" : " with a message holding '" + contains + "'")
                    + " but got " + result.problems().stream().limit(10).map(Problem::toString)
                            .map(t -> t.length() > 300 ? t.substring(0, 300) + "…" : t).toList());
        }
        for (Problem problem : result.problems()) {
            if (problem.message().isBlank()) {
                failures.add("a problem without a message: " + problem);
            }
        }
        return failures;
    }

    /** The inputs that are too large to commit. */
    static Object generate(String name) {
        String taxon = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"taxon\",\"taxon\":{\"name\":"
                + "{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":47715}}";
        String strain = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"strain\",\"strain\":{\"taxon\":"
                + "{\"name\":{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":47715},"
                + "\"designation\":\"GG\",\"deposits\":[{\"collection\":\"ATCC\",\"accession\":\"53103\","
                + "\"typeStrain\":false}]}}";
        String component = "{\"strain\":" + strain.substring(strain.indexOf("{\"taxon\""), strain.length() - 1)
                + ",\"strength\":{\"amount\":1E+10,\"per\":\"capsule\"}}";
        String formulation = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"formulation\",\"formulation\":"
                + "{\"productName\":\"Test capsules\",\"kind\":\"probiotic\",\"form\":\"capsule\",\"components\":["
                + component + "],\"prebioticIngredients\":[],\"viability\":\"live\",\"unitsPerDay\":2}}";
        Object text = switch (name) {
            case "deep-arrays-100000" -> "[".repeat(100_000) + "]".repeat(100_000);
            case "deep-arrays-100000-text" -> "[".repeat(100_000) + "]".repeat(100_000);
            case "deep-objects-100000" -> "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
            case "deep-arrays-in-value-100000" -> formulation.replace("\"components\":[" + component + "]",
                    "\"components\":" + "[".repeat(100_000) + "]".repeat(100_000));
            case "deep-objects-in-unknown-property-100000" -> strain.replace("\"designation\"",
                    "\"extra\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + ",\"designation\"");
            case "deep-arrays-65" -> "[".repeat(65) + "]".repeat(65);
            case "deep-arrays-60-in-unknown-property" -> taxon.replace("\"ncbiTaxonId\"",
                    "\"extra\":" + "[".repeat(60) + "]".repeat(60) + ",\"ncbiTaxonId\"");
            case "number-1000000-digits" -> formulation.replace("\"unitsPerDay\":2", "\"unitsPerDay\":" + "9".repeat(1_000_000));
            case "number-1000000-digit-fraction" -> formulation.replace("1E+10", "1." + "5".repeat(1_000_000));
            case "string-1000001-chars" -> strain.replace("\"GG\"", "\"" + "G".repeat(1_000_001) + "\"");
            case "string-999999-chars" -> strain.replace("\"GG\"", "\"" + "G".repeat(999_999) + "\"");
            case "string-1000000-escapes" -> strain.replace("\"GG\"", "\"" + "\\u0041".repeat(1_000_000) + "\"");
            case "name-1000001-chars" -> strain.replace("\"designation\"", "\"" + "n".repeat(1_000_001) + "\":1,\"designation\"");
            case "document-17-mib-of-spaces" -> {
                int at = taxon.indexOf("\"taxon\":{") + 8;
                yield (Supplier<InputStream>) () -> spaces(taxon.substring(0, at), 17 << 20, taxon.substring(at));
            }
            case "array-1000000-numbers-as-deposits" -> strain.substring(0, strain.indexOf("\"deposits\":"))
                    + "\"deposits\":[" + "1,".repeat(999_999) + "1]}}";
            case "array-1000000-empty-arrays-top-level" -> "[" + "[],".repeat(999_999) + "[]]";
            case "array-400000-numbers-as-deposits" -> strain.substring(0, strain.indexOf("\"deposits\":"))
                    + "\"deposits\":[" + "1,".repeat(399_999) + "1]}}";
            case "array-400000-empty-arrays-top-level" -> "[" + "[],".repeat(399_999) + "[]]";
            case "array-400000-in-unknown-property" -> taxon.replace("\"ncbiTaxonId\"",
                    "\"extra\":[" + "1,".repeat(399_999) + "1],\"ncbiTaxonId\"");
            case "array-100000-prebiotics" -> formulation.replace("\"prebioticIngredients\":[]",
                    "\"prebioticIngredients\":[" + "\"inulin\",".repeat(99_999) + "\"inulin\"]");
            case "array-10000-components" -> formulation.replace("[" + component + "]",
                    "[" + (component + ",").repeat(9_999) + component + "]");
            case "array-5000-distinct-components" -> {
                // D04: 5,000 different strains (0.9 MB), valid; the distinct-strains rule once compared every pair
                // (20,000 took over 120 s). The corpus's 64 MB run holds the tree, about 19 times the input, so the
                // input stays small; DistinctComponentStrainsScalingTest checks the growth with 2,500 and 10,000.
                StringBuilder components = new StringBuilder();
                for (int i = 0; i < 5_000; i++) {
                    components.append(i == 0 ? "" : ",").append(component.replace("\"GG\"", "\"GG" + i + "\"")
                            .replace("\"53103\"", "\"" + (100_000 + i) + "\""));
                }
                yield formulation.replace("[" + component + "]", "[" + components + "]");
            }
            case "score-level-key-999990-zeros" -> {
                // D01: a score-scale level key of 1 MB; map keys once escaped the number length limit.
                String study = resource("/corpus/new-preclinical-study-unknown-property.json").replace(",\"extra\":1",
                        ",\"clinicalScoreScale\":{\"name\":\"test\",\"levels\":{\"0\":\"none\",\"5."
                        + "0".repeat(999_990) + "\":\"dead\"}}");
                yield study;
            }
            case "object-1000000-keys" -> {
                // D16: 9 MB of keys, streamed so that the input itself does not take the 64 MB heap of the run.
                int at = taxon.indexOf("\"ncbiTaxonId\"");
                yield (Supplier<InputStream>) () -> new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream((taxon.substring(0, at) + "\"extra\":{\"k0\":0")
                                .getBytes(StandardCharsets.UTF_8)),
                        keys(1, 1_000_000),
                        new ByteArrayInputStream(("}," + taxon.substring(at)).getBytes(StandardCharsets.UTF_8)))));
            }
            case "array-1000000-in-unknown-property" -> taxon.replace("\"ncbiTaxonId\"",
                    "\"extra\":[" + "1,".repeat(999_999) + "1],\"ncbiTaxonId\"");
            case "ndjson-deep-line-100000" -> strain + "\n" + "[".repeat(100_000) + "]".repeat(100_000) + "\n" + strain + "\n";
            case "ndjson-line-17-mib" -> {
                int at = strain.indexOf("\"GG\"") + 4;
                yield (Supplier<InputStream>) () -> spaces(strain + "\n" + strain.substring(0, at), 17 << 20, strain.substring(at) + "\n" + strain + "\n");
            }
            default -> throw new IllegalArgumentException("no generator for " + name);
        };
        return text instanceof String string ? string.getBytes(StandardCharsets.UTF_8) : text;
    }

    private static String resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code before}, {@code count} spaces and {@code after}, made while read. */
    /** The bytes of {@code ,"k<from>":0} to {@code ,"k<to - 1>":0}, made as they are read. */
    private static InputStream keys(int from, int to) {
        return new InputStream() {
            private int next = from;
            private byte[] pending = new byte[0];
            private int at;

            @Override
            public int read() {
                if (at == pending.length) {
                    if (next == to) {
                        return -1;
                    }
                    pending = (",\"k" + next++ + "\":0").getBytes(StandardCharsets.US_ASCII);
                    at = 0;
                }
                return pending[at++];
            }
        };
    }

    private static InputStream spaces(String before, int count, String after) {
        InputStream spaces = new InputStream() {
            private int left = count;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8)), spaces,
                new ByteArrayInputStream(after.getBytes(StandardCharsets.UTF_8)))));
    }

    /**
     * Checks every input of the corpus in the given directory, prints the count per category and the heap
     * limit, and exits with 1 if any input failed.
     *
     * @param args the corpus directory; then {@code --describe} to print each outcome instead, or
     *     {@code --verbose} to print each input's name before it is read
     */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        boolean describe = args.length > 1 && args[1].equals("--describe");
        boolean verbose = args.length > 1 && args[1].equals("--verbose");
        List<Entry> entries = load(directory);
        int failed = 0;
        for (Entry entry : entries) {
            if (verbose) {
                System.out.println("reading " + entry.file() + ", heap used: " + (Runtime.getRuntime().totalMemory()
                        - Runtime.getRuntime().freeMemory()));
            }
            Supplier<InputStream> input = input(directory, entry);
            if (describe) {
                System.out.println("== " + entry.file() + " [" + entry.expected() + "]\n" + describe(entry, input));
                continue;
            }
            List<String> failures = check(entry, input);
            if (!failures.isEmpty()) {
                failed++;
                System.out.println("FAILED " + entry + ": " + failures);
            }
        }
        System.out.println("corpus: " + entries.size() + " inputs, " + failed + " failed; per category: "
                + countByCategory(entries));
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory());
        System.exit(failed == 0 ? 0 : 1);
    }
}
