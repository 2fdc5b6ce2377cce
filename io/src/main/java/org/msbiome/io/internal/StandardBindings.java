package org.msbiome.io.internal;

/** The wire format of the msbiome core types: the document kinds, unions and text types. */
final class StandardBindings {
    private StandardBindings() {}

    static Bindings.Builder register(Bindings.Builder builder) {
        return builder;
    }
}
