package org.msbiome.examples.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import org.msbiome.io.SafeText;

/**
 * Text for a terminal: numbers are always written with ASCII {@code -} and {@code .} (the commands format them
 * with {@code Locale.ROOT} and never replace the minus), and other text keeps its Unicode characters only when
 * the output's charset can encode them; otherwise each falls back to ASCII ({@code ×} to {@code x},
 * {@code I²} to {@code I2}, {@code τ²} to {@code tau2}, a dash to {@code -}), never to {@code ?}.
 */
final class TerminalText {
    private static final Map<Character, String> FALLBACK = Map.ofEntries(
            Map.entry('×', "x"), Map.entry('²', "2"), Map.entry('³', "3"), Map.entry('τ', "tau"),
            Map.entry('α', "a"), Map.entry('β', "b"), Map.entry('γ', "g"), Map.entry('κ', "k"),
            Map.entry('μ', "u"), Map.entry('µ', "u"), Map.entry('—', "-"), Map.entry('–', "-"),
            Map.entry('−', "-"), Map.entry('†', "+"), Map.entry('±', "+/-"), Map.entry('≥', ">="),
            Map.entry('≤', "<="), Map.entry('…', "..."), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('→', "->"), Map.entry('·', "."),
            Map.entry('√', "sqrt"), Map.entry('é', "e"), Map.entry('ö', "o"), Map.entry('ü', "u"), Map.entry('ä', "a"));

    private TerminalText() {}

    /**
     * The charset of standard output: {@code stdout.encoding} (Java 19+), {@code sun.stdout.encoding} (a
     * console on Java 17), the platform's {@code native.encoding} ({@code LANG=C} gives US-ASCII), else the
     * default charset.
     */
    static Charset standardOutput() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && !name.isBlank()) {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // try the next one
                }
            }
        }
        return Charset.defaultCharset();
    }

    /**
     * Prints one line that holds text from input (a file name, a JSON Pointer, a title, a cell): every character
     * that could control a terminal or reorder what is shown, a line break included, is written as
     * {@link SafeText#escape} writes it, so that the line stays one line and shows what the input holds.
     *
     * @param out where the line goes
     * @param line the line, without its line separator
     */
    static void println(PrintWriter out, CharSequence line) {
        out.println(SafeText.escape(line));
    }

    /** A writer to {@code out} in {@code charset} that writes what the charset cannot encode as ASCII. */
    static PrintWriter writer(OutputStream out, Charset charset) {
        return new PrintWriter(
                new Fallback(new BufferedWriter(new OutputStreamWriter(out, charset)), charset.newEncoder()), true);
    }

    /** The ASCII form of one character that the output cannot encode. */
    static String fallback(char c) {
        String ascii = FALLBACK.get(c);
        return ascii != null ? ascii : String.format("<U+%04X>", (int) c);
    }

    private static final class Fallback extends FilterWriter {
        private final CharsetEncoder encoder;
        /** A Unicode charset encodes everything, surrogate pairs included (which canEncode(char) refuses). */
        private final boolean unicode;

        Fallback(Writer out, CharsetEncoder encoder) {
            super(out);
            this.encoder = encoder;
            this.unicode = encoder.charset().name().startsWith("UTF");
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (encodes(ch)) {
                out.write(c);
            } else {
                out.write(fallback(ch));
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            if (unicode) {
                out.write(buffer, offset, length); // encodes everything: nothing to look at
            } else {
                write(CharBuffer.wrap(buffer), offset, length);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (unicode) {
                out.write(text, offset, length);
            } else {
                write((CharSequence) text, offset, length);
            }
        }

        /** Writes runs of characters the output encodes in one call each, and the others one by one as ASCII. */
        private void write(CharSequence text, int offset, int length) throws IOException {
            int end = offset + length;
            int run = offset;
            for (int i = offset; i < end; i++) {
                char ch = text.charAt(i);
                if (!encodes(ch)) {
                    out.append(text, run, i);
                    out.write(fallback(ch));
                    run = i + 1;
                }
            }
            out.append(text, run, end);
        }

        private boolean encodes(char ch) {
            return ch < 128 || unicode || encoder.canEncode(ch);
        }
    }
}
