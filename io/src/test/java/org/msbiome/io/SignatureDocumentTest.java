package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.fixtures.PublishedSignatures;
import org.msbiome.io.bugsigdb.BugSigDbImport;
import org.msbiome.io.bugsigdb.BugSigDbImporter;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * The {@code experiment} and {@code signature} kinds: an experiment document holds its signatures (one
 * self-contained NDJSON line per BugSigDB experiment), a signature document stands alone; the rules of core
 * (positive sample sizes, distinct taxa, name depth equal to taxid depth, ontology CURIEs by form) come out as
 * problems with their JSON Pointer and code, and the writer refuses what the reader would refuse.
 */
class SignatureDocumentTest {
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    private static final String JANGI = WRITER.compact().write(PublishedSignatures.jangi2016Experiment1());

    private static BugSigDbImport importExcerpt() throws IOException {
        try (InputStream in = SignatureDocumentTest.class.getResourceAsStream("bugsigdb/bugsigdb-excerpt.csv")) {
            return BugSigDbImporter.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static Experiment imported(BugSigDbImport result, String id) {
        return result.experiments().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theHandWrittenFixturesAreWhatTheImporterReadsFromTheExcerpt() throws IOException {
        BugSigDbImport result = importExcerpt();
        assertThat(imported(result, "bsdb:27352007/1")).isEqualTo(PublishedSignatures.jangi2016Experiment1());
        assertThat(imported(result, "bsdb:31815177/9")).isEqualTo(PublishedSignatures.weis2019Experiment9());
    }

    @Test
    void everyImportedExperimentRoundTripsAsAnNdjsonLineReadByItsEnvelope() throws IOException {
        List<Experiment> experiments = importExcerpt().experiments();
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Experiment> lines = WRITER.ndjson(out)) {
            experiments.forEach(lines::write);
        }
        List<Object> back = new ArrayList<>();
        try (NdjsonReader<Object> lines = READER.ndjsonAny(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)))) {
            lines.forEachRemaining(line -> back.add(line.result().orElseThrow()));
        }
        assertThat(back).containsExactlyElementsOf(experiments);
        assertThat(out.toString().lines()).hasSize(28).allSatisfy(l -> assertThat(MsbiomeSchemas.validate(l)).isEmpty());
        // the experiment-only record says so: an empty list of signatures, written, never left out
        assertThat(out.toString().lines().filter(l -> l.contains("\"id\":\"bsdb:31815177/9\"")))
                .singleElement().asString().contains("\"signatures\":[]");
    }

    @Test
    void aSignatureDocumentStandsAloneAndReadsByItsEnvelope() {
        Signature signature = PublishedSignatures.jangi2016Signature1();
        String json = WRITER.write(signature);
        assertThat(json).contains("\"kind\": \"signature\"", "\"id\": \"bsdb:27352007/1/1\"");
        assertThat(READER.readAny(json).orElseThrow()).isEqualTo(signature);
        assertThat(MsbiomeJson.kindOf(Experiment.class)).isEqualTo("experiment");
        assertThat(MsbiomeJson.kindOf(Signature.class)).isEqualTo("signature");
    }

    @Test
    void sampleSizesArePositive() {
        String json = JANGI.replace("\"sampleSize\":43", "\"sampleSize\":0").replace("\"sampleSize\":60", "\"sampleSize\":-60");
        assertThat(READER.read(json, Experiment.class).problems()).extracting(Problem::pointer, Problem::code)
                .containsExactlyInAnyOrder(tuple("/experiment/group0/sampleSize", ProblemCode.CONSTRAINT_VIOLATION),
                        tuple("/experiment/group1/sampleSize", ProblemCode.CONSTRAINT_VIOLATION));
    }

    @Test
    void aSignaturesTaxaAreDistinct() {
        // Butyricimonas (signature 2) listed a second time
        String butyricimonas = JANGI.substring(JANGI.lastIndexOf("\"taxa\":[") + 8, JANGI.lastIndexOf("]}],\"source\"") + 2);
        String json = JANGI.replace(butyricimonas, butyricimonas + "," + butyricimonas);
        ReadResult<Experiment> read = READER.read(json, Experiment.class);
        assertThat(read.problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/experiment/signatures/1/taxa/1", ProblemCode.CONSTRAINT_VIOLATION));
        assertThat(read.problems().get(0).message()).contains("taxon is listed twice");
    }

    @Test
    void aLineagesNameDepthEqualsItsTaxidDepth() {
        // Micromonospora's genus without its taxid 84593: six names, five taxids
        String json = WRITER.compact().write(PublishedSignatures.jangi2016Signature1())
                .replace(",\"ncbiTaxonId\":84593", "");
        ReadResult<Signature> read = READER.read(json, Signature.class);
        assertThat(read.problems()).extracting(Problem::pointer, Problem::code)
                .containsExactly(tuple("/signature/taxa/2", ProblemCode.CONSTRAINT_VIOLATION));
        assertThat(read.problems().get(0).message()).contains("name depth must equal its taxid depth");
    }

    @Test
    void anOntologyTermIdIsACurieOfAKnownPrefix() {
        for (String bad : List.of("DOID:2377", "EFO-0003885", "MONDO:", "mondo:0005301", "MONDO:0005301 ")) {
            ReadResult<Experiment> read = READER.read(JANGI.replace("MONDO:0005301", bad), Experiment.class);
            assertThat(read.problems()).as(bad).extracting(Problem::pointer, Problem::code)
                    .containsExactly(tuple("/experiment/conditionTerms/0", ProblemCode.INVALID_VALUE));
            assertThat(read.problems().get(0).message()).as(bad).contains("PREFIX_digits");
        }
        assertThat(READER.read(JANGI.replace("MONDO:0005301", "EFO_0003885"), Experiment.class).orElseThrow()
                .hasCondition("EFO:0003885")).isTrue();
    }

    @Test
    void theWriterRefusesWhatTheReaderWouldRefuse() {
        Signature s = PublishedSignatures.jangi2016Signature2();
        Lineage butyricimonas = s.taxa().get(0);
        Signature twice = new Signature(s.id(), s.direction(), List.of(butyricimonas, butyricimonas), s.source(),
                s.description(), s.curation(), Optional.empty());
        assertThatThrownBy(() -> WRITER.write(twice)).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.problems()).extracting(Problem::pointer, Problem::code)
                        .containsExactly(tuple("/signature/taxa/1", ProblemCode.CONSTRAINT_VIOLATION)));
    }
}
