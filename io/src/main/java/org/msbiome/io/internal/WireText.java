package org.msbiome.io.internal;

import tools.jackson.core.io.SerializedString;

/**
 * A property name or a code that the codecs write again and again, quoted once (as Jackson's own serializers
 * quote names) and checked once against the reader's Unicode rule, so that {@link WriteChecks} need not scan
 * it on every write (it still counts it, and checks its length against the limits it is given).
 */
final class WireText extends SerializedString {
    private static final long serialVersionUID = 1L;

    /** Whether the text has no unpaired surrogate. */
    private final boolean wellFormed;
    /** Its length in chars, kept here: the check then reads only this object, not the string. */
    private final int length;

    WireText(String text) {
        super(text);
        this.wellFormed = WriteChecks.wellFormed(text);
        this.length = text.length();
    }

    /** The length of the text, in chars. */
    int length() {
        return length;
    }

    /** Whether the text has no unpaired surrogate (the reader refuses one). */
    boolean wellFormed() {
        return wellFormed;
    }
}
