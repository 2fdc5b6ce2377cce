package org.msbiome.io;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.fixture.Fixtures;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.SchemaGenerator;

/** Readers, writers and schemas over the test-only fixture bindings. */
final class FixtureJson {
    private FixtureJson() {}

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static MsbiomeReader reader() {
        return reader(Fixtures.BINDINGS);
    }

    static MsbiomeReader reader(Bindings bindings) {
        return new MsbiomeReader(bindings, ReadLimits.defaults(), MsbiomeValidation::validator,
                org.msbiome.io.internal.ReadChecks.shared());
    }

    static MsbiomeWriter writer() {
        return writer(Fixtures.BINDINGS);
    }

    static MsbiomeWriter writer(Bindings bindings) {
        return new MsbiomeWriter(bindings, true);
    }

    /** The schema violations of a document against the generated schema of a kind, as networknt reports them. */
    static List<com.networknt.schema.Error> schemaErrors(Bindings bindings, String kind, String document) {
        Schema schema = SCHEMAS.computeIfAbsent(System.identityHashCode(bindings) + kind,
                k -> REGISTRY.getSchema(SchemaGenerator.text(bindings.kindNamed(kind).orElseThrow()), InputFormat.JSON));
        return schema.validate(document, InputFormat.JSON);
    }

    static List<com.networknt.schema.Error> schemaErrors(String kind, String document) {
        return schemaErrors(Fixtures.BINDINGS, kind, document);
    }
}
