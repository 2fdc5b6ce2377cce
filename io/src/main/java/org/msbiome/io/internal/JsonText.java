package org.msbiome.io.internal;

import org.msbiome.io.SafeText;

/** Small text helpers for problem messages. */
final class JsonText {
    private JsonText() {}

    /**
     * A value quoted for a message, control characters escaped and long values shortened, so that a message
     * never carries unbounded or unprintable input.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('\'');
        int max = 60;
        for (int i = 0; i < text.length(); i++) {
            if (i == max) {
                out.append("…(").append(text.length()).append(" chars)");
                break;
            }
            char c = text.charAt(i);
            if (SafeText.mustEscape(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
