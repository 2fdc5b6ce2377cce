package org.msbiome.io.biom;

/** Quotes input for a message: control characters escaped, long values shortened (as core's checks do). */
final class Quote {
    private Quote() {}

    static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            if (i == 60) {
                out.append("…(").append(text.length()).append(" chars)");
                break;
            }
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
