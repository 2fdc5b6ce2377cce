package org.msbiome.io;

import java.util.Objects;

/**
 * Text from a document, a file name or a registry record, made safe to print on a terminal or in a log.
 *
 * <p>A JSON property name, a file name or a ClinicalTrials.gov title may hold any character. Printed as it
 * is, an escape sequence can set a terminal's title, clear its screen or colour its text, a newline can forge a
 * whole line of output ("all valid"), and a right-to-left override (U+202E) can show text in another order than
 * it has. {@link #escape(CharSequence)} writes each such character as {@code \}{@code uXXXX}, so that what is
 * printed is what the input holds, visibly:
 * <ul>
 *   <li>C0 controls U+0000–U+001F (newline, carriage return, tab, escape, bell …) and DEL U+007F;</li>
 *   <li>C1 controls U+0080–U+009F (U+009B is a one-character escape sequence introducer on some terminals);</li>
 *   <li>line and paragraph separators U+2028, U+2029;</li>
 *   <li>bidirectional formatting characters U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;</li>
 *   <li>unpaired surrogates.</li>
 * </ul>
 * Every other character, including letters of every script, is kept. The problem messages of
 * {@link MsbiomeReader} are made with the same rule, and {@link Problem#toString()} applies it to the pointer.
 *
 * @since 0.1.0
 */
public final class SafeText {
    private SafeText() {}

    /**
     * The text with every character that could control a terminal or reorder what is shown written as
     * {@code \}{@code uXXXX}.
     *
     * @param text any text
     * @return the text, safe to print
     * @throws NullPointerException if {@code text} is null
     */
    public static String escape(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        int i = 0;
        while (i < length && !mustEscape(text, i)) {
            i++;
        }
        if (i == length) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (mustEscape(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) { // a pair: its low half is kept with it
                    out.append(text.charAt(++i));
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether the character at {@code index} is one that {@link #escape(CharSequence)} writes as an escape.
     *
     * @param text the text
     * @param index the index of a character in it
     * @return true if it must be escaped to be printed
     */
    public static boolean mustEscape(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return true;
        }
        if (c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
        }
        return false;
    }
}
