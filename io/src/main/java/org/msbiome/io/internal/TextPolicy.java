package org.msbiome.io.internal;

/**
 * Core's two text policies as tests, for importers that report a value instead of letting core's constructor
 * throw (WIRE-FORMAT.md, Free text): free text holds no control character and no unpaired UTF-16 surrogate;
 * curated text (experiments and signatures) may also hold line feeds, carriage returns and tabs.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any time.
 */
public final class TextPolicy {
    private TextPolicy() {}

    /** Whether {@code text} is free text: no control character, no unpaired surrogate. */
    public static boolean isFreeText(String text) {
        return isText(text, false);
    }

    /** Whether {@code text} is curated text: free text that may also hold line breaks and tabs. */
    public static boolean isCuratedText(String text) {
        return isText(text, true);
    }

    private static boolean isText(String text, boolean lineBreaksAndTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(lineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t'))) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
