/**
 * The msbiome JSON format: a Jackson 3 module for the core types, a strict reader that reports every
 * problem of a document with its JSON Pointer, a deterministic writer, NDJSON streaming, and a JSON
 * Schema (draft 2020-12) for every document kind.
 *
 * <p>Every package whose name does not contain {@code internal} is public API.
 */
module org.msbiome.io {
    requires transitive org.msbiome.core;
    requires transitive tools.jackson.databind;
    requires com.networknt.schema;
    // BIOM 2.1 tables are HDF5 files.
    requires io.jhdf;
    // The reader validates bound values with MsbiomeValidation.validator(), which needs Hibernate Validator.
    requires org.hibernate.validator;
    requires static org.jspecify;
    requires static org.apiguardian.api;

    exports org.msbiome.io;
    exports org.msbiome.io.biom;
    exports org.msbiome.io.ctgov;
    exports org.msbiome.io.schema;

    // The bundled schema files live in this package; opening it lets other modules read them as resources.
    opens org.msbiome.io.schema;

    provides tools.jackson.databind.JacksonModule with org.msbiome.io.MsbiomeModule;
}
