package org.msbiome.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.msbiome.benchmarks.plain.PlainFormulation;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.NdjsonWriter;

/**
 * What the benchmarks read and write: one realistic document, and a stream of small records, each with
 * the plain-record type that mirrors its JSON and the envelope record that binds it through
 * {@code MsbiomeModule}.
 *
 * @param kind the document kind
 * @param value the document's value
 * @param plainDocument the plain record type of the whole document
 * @param moduleDocument the envelope record type whose value is bound by {@code MsbiomeModule}
 * @param toModuleDocument wraps a value in its envelope record
 */
record Workload(String kind, Object value, Class<?> plainDocument, Class<?> moduleDocument,
        Function<Object, Object> toModuleDocument) {

    /** The envelope of a formulation, bound through {@code MsbiomeModule}. */
    record FormulationDocument(String format, String version, String kind, Formulation formulation) {}

    /** The realistic document. */
    static Workload document() {
        return formulation(Fixtures.kouchakiCapsule());
    }

    /** The type of the stream's records, with its plain twin (the value is the first record). */
    static Workload ndjsonRecord() {
        return formulation(streamRecord(0));
    }

    private static Workload formulation(Formulation value) {
        return new Workload("formulation", value, PlainFormulation.Document.class, FormulationDocument.class,
                v -> new FormulationDocument("msbiome", MsbiomeJson.FORMAT_VERSION, "formulation", (Formulation) v));
    }

    private static final String[] TAXA = {
        "Lactobacillus acidophilus", "Lactobacillus casei", "Bifidobacterium bifidum", "Lactobacillus fermentum"
    };

    /** The stream's record number {@code i}: the same for the same {@code i} on every run. */
    static Formulation streamRecord(int i) {
        Random random = new Random(i);
        Formulation.Builder builder = Formulation.builder(FormulationKind.PROBIOTIC, DeliveryForm.CAPSULE);
        int first = random.nextInt(TAXA.length);
        int n = 1 + random.nextInt(2);
        for (int k = 0; k < n; k++) {
            builder.component(Strain.of(Taxon.parse(TAXA[(first + k) % TAXA.length])),
                    Strength.parse((1 + random.nextInt(9)) + " × 10^" + (8 + random.nextInt(4)) + " CFU/g"));
        }
        return builder.build();
    }

    /** The document, as the msbiome writer writes it (pretty), in UTF-8. */
    byte[] prettyJson() {
        return MsbiomeJson.writer().write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** An NDJSON stream of {@code count} distinct records, generated deterministically. */
    static byte[] ndjson(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(count * 256);
        try (NdjsonWriter<Object> lines = MsbiomeJson.writer().ndjson(out)) {
            for (int i = 0; i < count; i++) {
                lines.write(streamRecord(i));
            }
        }
        return out.toByteArray();
    }
}
