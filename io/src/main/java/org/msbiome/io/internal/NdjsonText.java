package org.msbiome.io.internal;

/**
 * What an NDJSON line holds before it is read: a byte order mark, or only whitespace.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any time.
 */
public final class NdjsonText {
    private NdjsonText() {}

    /**
     * Whether the characters are JSON whitespace only (RFC 8259, section 2: space, tab, carriage return), or
     * none: a blank line, which holds no document.
     *
     * @param line the line, without its line feed
     * @return whether it is blank
     */
    public static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!whitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the UTF-8 bytes are JSON whitespace only, or none (a UTF-8 byte of a longer character is never
     * one of the whitespace bytes).
     *
     * @param line the bytes of the line
     * @param from the first byte to look at
     * @param to the end, exclusive
     * @return whether they are blank
     */
    public static boolean blank(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!whitespace((char) line[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of a UTF-8 byte order mark at the start of the stream, which is not part of the first
     * document (RFC 8259, section 8.1).
     *
     * @param number the line number
     * @param line the bytes of the line
     * @param length how many of them are the line
     * @return 3 on line 1 that starts with {@code EF BB BF}, else 0
     */
    public static int byteOrderMark(long number, byte[] line, int length) {
        return number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
