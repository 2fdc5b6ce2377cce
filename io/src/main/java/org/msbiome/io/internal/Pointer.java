package org.msbiome.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) under construction: an immutable chain of segments.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Pointer {
    /** The pointer of the document's root, the empty string. */
    public static final Pointer ROOT = new Pointer(null, "");

    private final @Nullable Pointer parent;
    private final String segment;

    private Pointer(@Nullable Pointer parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /** The pointer of a property of the object at this pointer. */
    public Pointer property(String name) {
        return new Pointer(this, name);
    }

    /** The pointer of an element of the array at this pointer. */
    public Pointer index(int index) {
        return new Pointer(this, Integer.toString(index));
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(out);
        return out.toString();
    }

    private void append(StringBuilder out) {
        if (parent == null) {
            return;
        }
        parent.append(out);
        out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
}
