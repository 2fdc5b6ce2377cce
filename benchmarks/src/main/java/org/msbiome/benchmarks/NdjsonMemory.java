package org.msbiome.benchmarks;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.NdjsonReader;
import org.msbiome.io.NdjsonSummary;

/**
 * The NDJSON memory probe: reads and validates a stream of {@code N} records through
 * {@code MsbiomeJson.reader().ndjson(..)}, with the stream generated on the fly (never held in memory), and
 * reports the live heap after a full GC at 20 points of the stream. Flat memory means the same live heap at
 * 10^4, 10^5 and 10^6 records. Run by {@code benchmarks/ndjson-memory.sh} in a fresh JVM per size.
 *
 * <pre>{@code java -Xmx64m -cp benchmarks/target/benchmarks.jar org.msbiome.benchmarks.NdjsonMemory 1000000 [threads]}</pre>
 *
 * <p>With a thread count, the stream is read in parallel ({@code NdjsonReader.parallel(threads)}).
 */
public final class NdjsonMemory {
    private NdjsonMemory() {}

    /** Distinct records cycled through by the generated stream. */
    static final int DISTINCT = 1000;

    /** @param args the number of records, and the worker threads (0 or absent: sequential) */
    public static void main(String[] args) {
        long records = Long.parseLong(args.length > 0 ? args[0] : "1000000");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        List<char[]> pool = new ArrayList<>();
        byte[] lines = Workload.ndjson(DISTINCT);
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            pool.add((line + "\n").toCharArray());
        }
        long bytes = 0;
        for (long i = 0; i < records; i++) {
            bytes += pool.get((int) (i % DISTINCT)).length; // ASCII: one byte per char
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = liveHeap(memory);
        long every = Math.max(1, records / 20);
        long maxLive = 0;
        long start = System.nanoTime();
        NdjsonSummary summary;
        NdjsonReader<?> sequential = MsbiomeJson.reader().ndjson(new GeneratedLines(pool, records),
                Workload.ndjsonRecord().value().getClass());
        try (NdjsonReader<?> reader = threads > 0 ? sequential.parallel(threads) : sequential) {
            long n = 0;
            while (reader.hasNext()) {
                if (!reader.next().result().isValid()) {
                    throw new IllegalStateException("line " + (n + 1) + " is not valid");
                }
                if (++n % every == 0) {
                    maxLive = Math.max(maxLive, liveHeap(memory));
                }
            }
            summary = reader.summary();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("records %d, threads %s, %s, input %.1f MB, %.1f s (GC checks included), max -Xmx %d MB, "
                        + "live heap after GC: before %.1f MB, max while reading %.1f MB%n",
                records, threads > 0 ? threads : "sequential", summary, bytes / 1e6, seconds,
                Runtime.getRuntime().maxMemory() >> 20,
                baseline / 1048576.0, maxLive / 1048576.0);
    }

    private static long liveHeap(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** A character stream of {@code records} lines, cycling through a pool of lines. */
    static final class GeneratedLines extends Reader {
        private final List<char[]> pool;
        private final long records;
        private long line;
        private int offset;

        GeneratedLines(List<char[]> pool, long records) {
            this.pool = pool;
            this.records = records;
        }

        @Override
        public int read(char[] buffer, int at, int length) {
            if (line == records) {
                return -1;
            }
            int written = 0;
            while (written < length && line < records) {
                char[] current = pool.get((int) (line % pool.size()));
                int n = Math.min(length - written, current.length - offset);
                System.arraycopy(current, offset, buffer, at + written, n);
                written += n;
                offset += n;
                if (offset == current.length) {
                    offset = 0;
                    line++;
                }
            }
            return written;
        }

        @Override
        public void close() {}
    }
}
