package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of the hostile corpus ({@code src/test/resources/corpus/corpus.tsv}) gets the problem report
 * the manifest expects (code, and pointer or line and column), and nothing else is thrown; a valid one
 * rewrites and re-reads equal. The whole corpus also runs in a JVM limited to 64 MB of heap.
 */
class HostileCorpusTest {
    private static final Path CORPUS = GoldenFiles.TEST_RESOURCES.resolve("corpus");
    private static final List<HostileCorpus.Entry> ENTRIES = HostileCorpus.load(CORPUS);

    static Stream<Arguments> entries() {
        return ENTRIES.stream().map(e -> Arguments.argumentSet(e.category() + " " + e.file() + ": " + e.tries(), e));
    }

    @ParameterizedTest
    @MethodSource("entries")
    void answersWithTheExpectedProblem(HostileCorpus.Entry entry) {
        Supplier<InputStream> input = HostileCorpus.input(CORPUS, entry);
        // A guard against a hang only (an input takes well under a second); not a performance assertion.
        List<String> failures = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> HostileCorpus.check(entry, input));
        assertThat(failures).as("%s (%s)", entry.file(), entry.tries()).isEmpty();
    }

    @Test
    void triesEveryKindOfAttack() {
        Map<String, Long> counts = HostileCorpus.countByCategory(ENTRIES);
        System.out.println("hostile corpus: " + ENTRIES.size() + " inputs; per kind of attack: " + counts);
        assertThat(ENTRIES).hasSizeGreaterThanOrEqualTo(150);
        assertThat(counts).containsOnlyKeys("syntax", "truncated", "encoding", "bom", "deep-nesting", "huge-number",
                "nan-infinity", "huge-string", "duplicate-key", "unknown-field", "wrong-type", "out-of-range",
                "type-name", "expression-language", "large-array", "ndjson", "cost");
        assertThat(counts).allSatisfy((category, count) -> assertThat(count).as(category).isGreaterThanOrEqualTo(5));
        assertThat(ENTRIES).extracting(HostileCorpus.Entry::file).doesNotHaveDuplicates();
        assertThat(ENTRIES).allSatisfy(e -> assertThat(e.tries()).isNotBlank());
    }

    @Test
    void everyKindIsAttacked() {
        assertThat(ENTRIES).extracting(HostileCorpus.Entry::kind).containsAll(MsbiomeJson.kinds());
    }

    @Test
    void expressionLanguageComesOutLiterally() {
        // Each input of this category names the text that must appear, unevaluated, in a problem message.
        assertThat(ENTRIES).filteredOn(e -> e.category().equals("expression-language") && !e.expected().equals("valid"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(e -> assertThat(e.contains()).containsAnyOf("${", "#{", "{"));
    }

    @Test
    void wholeCorpusRunsInSixtyFourMegabytesOfHeap() throws Exception {
        String output = SmallHeapJvm.run(HostileCorpus.class, CORPUS.toString());
        assertThat(output).contains("corpus: " + ENTRIES.size() + " inputs, 0 failed");
    }
}
