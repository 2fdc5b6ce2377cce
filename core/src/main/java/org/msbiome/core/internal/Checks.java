package org.msbiome.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the constructors of core types.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} trimmed, after checking it is free text: one line of Unicode text, without
     * control characters (U+0000 to U+001F, U+007F to U+009F, line breaks and tabs included) and without
     * unpaired UTF-16 surrogates (which no UTF-8 document can carry). This is the one policy for free text
     * (names, titles, makers, descriptions), stated in WIRE-FORMAT.md.
     *
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if {@code value} is blank or not free text, naming {@code field}
     */
    public static String requireNonBlank(@Nullable String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        requireFreeText(trimmed, field);
        return trimmed;
    }

    /**
     * Checks that {@code value} is free text: no control character and no unpaired UTF-16 surrogate.
     *
     * @return {@code value}
     * @throws IllegalArgumentException if it is not, naming {@code field}, the character and its position
     */
    public static String requireFreeText(String value, String field) {
        return requireText(value, field, false);
    }

    /**
     * The one scan behind both text policies: no control character (but line feed, carriage return and tab when
     * {@code lineBreaksAndTabs}), no unpaired UTF-16 surrogate.
     */
    private static String requireText(String value, String field, boolean lineBreaksAndTabs) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s %s contains the control"
                        + " character U+%04X at character %d; %s", field, quote(value), (int) c, i + 1,
                        lineBreaksAndTabs ? "curated text may hold line breaks and tabs but no other control character"
                                : "free text is one line without control characters"));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "%s %s contains an unpaired UTF-16 surrogate U+%04X at character %d; text must be"
                                + " Unicode, which UTF-8 can write", field, quote(value), (int) c, i + 1));
            }
        }
        return value;
    }

    /**
     * Returns {@code value} trimmed, after checking it is curated text: Unicode text as a curator wrote it,
     * which may run over several lines (line feed, carriage return and tab are kept), but holds no other
     * control character (U+0000 to U+001F, U+007F to U+009F: no NUL, ESC or BEL) and no unpaired UTF-16
     * surrogate. This is the policy for the curated text of experiments and signatures (BugSigDB fields such
     * as an antibiotics exclusion), stated in WIRE-FORMAT.md beside the free-text policy.
     *
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if {@code value} is blank or holds another control character or an
     *     unpaired surrogate, naming {@code field}, the character and its position
     */
    public static String requireCuratedText(@Nullable String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank; leave it out when nothing is given");
        }
        return requireText(trimmed, field, true);
    }

    /**
     * The optional curated text {@code value}, trimmed and checked by {@link #requireCuratedText}.
     *
     * @throws NullPointerException if {@code value} is null, naming {@code field}
     * @throws IllegalArgumentException if the text it holds is not curated text
     */
    public static java.util.Optional<String> curatedText(java.util.@Nullable Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        return value.map(v -> requireCuratedText(v, field));
    }

    /**
     * An unmodifiable copy of {@code list} whose elements are checked and trimmed by
     * {@link #requireCuratedText}, each named by {@code field} and its index.
     *
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if an element is not curated text
     */
    public static List<String> curatedTexts(@Nullable Collection<String> list, String field) {
        List<String> copy = copyOf(list, field);
        java.util.ArrayList<String> out = new java.util.ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            out.add(requireCuratedText(copy.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    /**
     * An unmodifiable copy of {@code list}; rejects a null list or a null element, naming the field and
     * the element's index.
     */
    public static <T> List<T> copyOf(@Nullable Collection<? extends T> list, String field) {
        Objects.requireNonNull(list, field);
        int i = 0;
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
            i++;
        }
        return List.copyOf(list);
    }

    /** An unmodifiable copy of {@code set}; rejects a null set or a null element, naming the field. */
    public static <T> Set<T> copyOfSet(@Nullable Collection<? extends T> set, String field) {
        Objects.requireNonNull(set, field);
        for (T element : set) {
            if (element == null) {
                throw new NullPointerException(field + " contains null");
            }
        }
        return Set.copyOf(set);
    }

    /**
     * A value quoted for an error message: {@code 'value'}, with control characters escaped and long
     * values shortened, so that a message never carries unbounded or unprintable input.
     */
    public static String quote(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 80) + 2).append('\'');
        int max = 60;
        for (int i = 0; i < text.length(); i++) {
            if (i == max) {
                if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                    out.setLength(out.length() - 1); // not half of a pair
                }
                out.append("…(").append(text.length()).append(" chars)");
                break;
            }
            char c = text.charAt(i);
            if (printsAsEscape(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /**
     * Whether {@link #quote} writes the character at {@code i} as an escape: what could control a terminal or
     * reorder what it shows, as msbiome-io's {@code SafeText} escapes it (C0 and C1 controls, DEL, line and
     * paragraph separators, bidirectional formatting characters, unpaired surrogates), so that a message holding
     * input text can be printed or logged as it is.
     */
    private static boolean printsAsEscape(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
