package org.msbiome.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.msbiome.benchmarks.plain.PlainImmuneEffect;
import org.msbiome.benchmarks.plain.PlainTrial;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.NdjsonWriter;

/**
 * What the benchmarks read and write: one realistic document (the Kouchaki 2017 trial), and a stream of
 * small immune-effect records, each with the plain-record type that mirrors its JSON and the envelope
 * record that binds it through {@code MsbiomeModule}.
 *
 * @param kind the document kind
 * @param value the document's value
 * @param plainDocument the plain record type of the whole document
 * @param moduleDocument the envelope record type whose value is bound by {@code MsbiomeModule}
 * @param toModuleDocument wraps a value in its envelope record
 */
record Workload(String kind, Object value, Class<?> plainDocument, Class<?> moduleDocument,
        Function<Object, Object> toModuleDocument) {

    /** The envelope of a clinical trial, bound through {@code MsbiomeModule}. */
    record TrialDocument(String format, String version, String kind,
            @JsonProperty("clinical-trial") TrialDesign clinicalTrial) {}

    /** The envelope of an immune effect, bound through {@code MsbiomeModule}. */
    record EffectDocument(String format, String version, String kind,
            @JsonProperty("immune-effect") ImmuneEffect immuneEffect) {}

    /** The realistic document: the Kouchaki 2017 trial. */
    static Workload document() {
        return new Workload("clinical-trial", Fixtures.kouchaki2017(), PlainTrial.Document.class,
                TrialDocument.class, v -> new TrialDocument("msbiome", MsbiomeJson.FORMAT_VERSION, "clinical-trial",
                        (TrialDesign) v));
    }

    /** The type of the stream's records, with its plain twin (the value is the first record). */
    static Workload ndjsonRecord() {
        return new Workload("immune-effect", streamRecord(0), PlainImmuneEffect.Document.class,
                EffectDocument.class, v -> new EffectDocument("msbiome", MsbiomeJson.FORMAT_VERSION, "immune-effect",
                        (ImmuneEffect) v));
    }

    /** The stream's record number {@code i}: the same for the same {@code i} on every run. */
    static ImmuneEffect streamRecord(int i) {
        return Fixtures.streamEffect(i);
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
