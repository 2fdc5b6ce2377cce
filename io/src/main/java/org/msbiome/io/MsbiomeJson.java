package org.msbiome.io;

import java.util.List;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point to the msbiome JSON format.
 *
 * <pre>{@code
 * Taxon gasseri = Taxon.parse("Lactobacillus gasseri");
 * String json = MsbiomeJson.writer().compact().write(gasseri);
 * // {"format":"msbiome","version":"1.0","kind":"taxon",
 * //  "taxon":{"name":{"genus":"Lactobacillus","species":"gasseri"},"ncbiTaxonId":1596}}
 * ReadResult<Taxon> read = MsbiomeJson.reader().read(json, Taxon.class);
 * read.orElseThrow().equals(gasseri);                   // true
 * MsbiomeJson.reader().read("{}", Taxon.class).isValid();  // false: problems() says why (unknown-format)
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MsbiomeJson {
    private MsbiomeJson() {}

    /** The format version this library writes, {@code "1.0"}. */
    public static final String FORMAT_VERSION = Envelope.VERSION;

    /** The strict reader with {@linkplain ReadLimits#defaults() default limits}. @return the reader */
    public static MsbiomeReader reader() {
        return ReaderHolder.READER;
    }

    /** The deterministic writer, pretty (two-space indent). @return the writer */
    public static MsbiomeWriter writer() {
        return WriterHolder.WRITER;
    }

    /**
     * A Jackson mapper with {@link MsbiomeModule} and strict settings: unknown properties, duplicate
     * properties and trailing content fail, and floating-point numbers are read as {@code BigDecimal}.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MapperHolder.MAPPER;
    }

    /**
     * The names of the document kinds this library reads and writes, in name order, such as
     * {@code formulation}.
     *
     * @return the names
     */
    public static List<String> kinds() {
        return Bindings.standard().kinds().stream().map(Bindings.Kind::name).toList();
    }

    /**
     * The kind name of a document type.
     *
     * @param type a document kind's type, such as {@code Formulation.class}
     * @return the kind name, such as {@code "formulation"}
     * @throws IllegalArgumentException if {@code type} is not a document kind
     */
    public static String kindOf(Class<?> type) {
        return new Envelope(Bindings.standard()).kindOfType(type).name();
    }

    // One holder each, so that a program that only reads does not build the writer and the mapper (start-up).
    private static final class ReaderHolder {
        static final MsbiomeReader READER = MsbiomeReader.standard();
    }

    private static final class WriterHolder {
        static final MsbiomeWriter WRITER = MsbiomeWriter.standard();
    }

    private static final class MapperHolder {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .addModule(new MsbiomeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
