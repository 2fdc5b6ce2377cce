package org.msbiome.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file is UTF-8 text: what {@code import-ctgov} says about a file the JSON reader could not read,
 * instead of the decoder's "Input length = 1" or a token of mis-decoded bytes.
 */
final class Utf8 {
    /** As far as the reader reads a document (its default 16 MiB limit). */
    private static final long LIMIT = 16L << 20;

    private Utf8() {}

    /**
     * Why the file is not UTF-8 text, when it is not: the first byte that cannot be decoded, or a NUL byte.
     * A file that begins with a UTF-16 or UTF-32 byte order mark is text in that encoding, and not judged here.
     *
     * @param file the file
     * @return why it is not UTF-8 text, or empty when it is (or cannot be read: the reader says why)
     */
    static Optional<String> whyNot(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = CharBuffer.allocate(buffer.length + 16); // never fills: a byte gives at most one char
            ByteBuffer bytes = ByteBuffer.allocate(buffer.length + 8);
            long offset = 0;
            boolean first = true;
            int n;
            while (offset < LIMIT && (n = in.read(buffer)) > 0) {
                if (first && hasUnicodeBom(buffer, n)) {
                    return Optional.empty();
                }
                first = false;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return Optional.of(String.format(Locale.ROOT, "byte %,d is a NUL byte (0x00)", offset + i + 1));
                    }
                }
                bytes.put(buffer, 0, n).flip();
                long start = offset - bytes.remaining() + n;
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    int at = bytes.position();
                    return Optional.of(String.format(Locale.ROOT, "byte %,d (0x%02X) cannot be decoded as UTF-8",
                            start + at + 1, bytes.get(at) & 0xFF));
                }
                chars.clear();
                bytes.compact();
                offset += n;
            }
            bytes.flip();
            CoderResult end = decoder.decode(bytes, chars, true);
            if (end.isError()) {
                return Optional.of("the file ends inside a UTF-8 character");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean hasUnicodeBom(byte[] b, int n) {
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        return b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE
                || n > 3 && b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF;
    }

    /**
     * The file's text, decoded as UTF-8; a file that is not UTF-8 text is refused with where and why, not with
     * the decoder's "Input length = 1".
     *
     * @throws NotText if the file is not UTF-8 text
     * @throws IOException if it cannot be read
     */
    static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new NotText(whyNot(file).orElse("it cannot be decoded as UTF-8"));
        }
    }

    /** A file that is not UTF-8 text; the message says where and why. */
    static final class NotText extends IOException {
        private static final long serialVersionUID = 1L;

        NotText(String why) {
            super("not UTF-8 text: " + why);
        }
    }
}
