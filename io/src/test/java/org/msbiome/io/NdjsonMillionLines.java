package org.msbiome.io;

import java.io.Reader;
import org.msbiome.core.strain.Strain;

/**
 * Reads an NDJSON stream of strain documents, generated on the fly so that neither side holds the stream,
 * and prints the summary and the heap limit. Used by {@link NdjsonMemoryTest} in a JVM started with
 * {@code -Xmx64m}; it can also be run by hand:
 * {@code java -Xmx64m -cp <test and run-time class path> org.msbiome.io.NdjsonMillionLines 1000000 [threads]}
 * (with a thread count, the lines are read in {@linkplain NdjsonReader#parallel(int) parallel}).
 *
 * <p>Every 250,000th line is broken (an unknown culture collection field), so the stream has bad lines too.
 */
public final class NdjsonMillionLines {
    private NdjsonMillionLines() {}

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long firstBad = -1;
        NdjsonReader<Strain> reader = MsbiomeJson.reader().ndjson(new Lines(count), Strain.class);
        try (NdjsonReader<Strain> lines = threads > 0 ? reader.parallel(threads) : reader) {
            while (lines.hasNext()) {
                NdjsonLine<Strain> line = lines.next();
                if (!line.result().isValid() && firstBad < 0) {
                    firstBad = line.lineNumber();
                    System.out.println("first bad line: " + line.lineNumber() + " " + line.result().problems());
                }
            }
            System.out.println("summary: " + lines.summary());
        }
        System.out.println("class-path modules: " + tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()
                .build().registeredModules().stream().map(m -> m.getModuleName()).toList());
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory());
    }

    /** The lines, made when read. */
    private static final class Lines extends Reader {
        private final long count;
        private long line;
        private String current = "";
        private int position;

        Lines(long count) {
            this.count = count;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                if (line == count) {
                    return -1;
                }
                line++;
                current = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"strain\",\"strain\":{\"taxon\":"
                        + "{\"name\":{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":47715},"
                        + "\"designation\":\"S" + line + "\",\"deposits\":[{\"collection\":\"ATCC\",\"accession\":\""
                        + line + "\",\"typeStrain\":false" + (line % 250_000 == 0 ? ",\"extra\":1" : "") + "}]}}\n";
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
