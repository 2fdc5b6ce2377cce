package org.msbiome.io.internal;

import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ObjectNode;

/**
 * A codec whose JSON is an object: a record, or a sealed interface of records. Top-level document kinds
 * are object codecs, so that the envelope members can be written into the same object.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 *
 * @param <T> the Java type
 */
public interface ObjectCodec<T> extends Codec<T> {

    /** Writes the members of the value's object, without the braces. */
    void encodeMembers(T value, JsonGenerator generator);

    /** The property names the object may have (for every variant, for a sealed interface). */
    List<String> propertyNames();

    /**
     * The inline schema of the object, with {@code extra} properties (all required) added: used to add
     * the document envelope to a top-level kind.
     */
    ObjectNode objectSchema(SchemaContext context, ObjectNode extra);
}
