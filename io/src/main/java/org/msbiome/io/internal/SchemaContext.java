package org.msbiome.io.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the named definitions ({@code $defs}) of one JSON Schema, in name order.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class SchemaContext {
    private final Map<String, JsonNode> defs = new TreeMap<>();

    /** The node factory for schema nodes. */
    public JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    /** A new object node. */
    public ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A reference to the named definition, building it on first use. */
    public JsonNode ref(String name, Supplier<? extends JsonNode> definition) {
        if (!defs.containsKey(name)) {
            defs.put(name, object()); // placeholder: a type may refer to itself
            defs.put(name, definition.get());
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    /** The definitions, in name order. */
    public ObjectNode defs() {
        ObjectNode out = object();
        defs.forEach(out::set);
        return out;
    }
}
