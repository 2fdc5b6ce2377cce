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
    public static final Pointer ROOT = new Pointer(null, "", -1);

    private final @Nullable Pointer parent;
    /** A property's name; null for an array element. */
    private final @Nullable String name;
    /** An array element's index (kept as a number: most pointers are never written out); -1 for a property. */
    private final int index;

    private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The pointer of a property of the object at this pointer. */
    public Pointer property(String name) {
        return new Pointer(this, name, -1);
    }

    /** The pointer of an element of the array at this pointer. */
    public Pointer index(int index) {
        return new Pointer(this, null, index);
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
        out.append('/');
        if (name == null) {
            out.append(index);
        } else {
            out.append(name.replace("~", "~0").replace("/", "~1"));
        }
    }
}
