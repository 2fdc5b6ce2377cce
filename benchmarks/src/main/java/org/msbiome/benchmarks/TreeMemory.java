package org.msbiome.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.msbiome.io.ReadLimits;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.TreeReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live heap that the reader's tree (duplicate detection, {@code TreeReader}) holds for a large document,
 * over the document's size: the benchmark trial with its outcomes repeated until the compact document is
 * about {@code MIB} MiB (default 16). Prints the used heap after a full GC before and while the tree is held.
 * Usage: {@code java -cp benchmarks.jar org.msbiome.benchmarks.TreeMemory [MIB]}.
 */
public final class TreeMemory {
    private TreeMemory() {}

    /** @param args the document size in MiB, default 16 */
    public static void main(String[] args) {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode document = (ObjectNode) mapper.readTree(ColdStart.document());
        ArrayNode outcomes = (ArrayNode) document.get("clinical-trial").get("outcomes");
        ArrayNode original = outcomes.deepCopy();
        byte[] json = mapper.writeValueAsBytes(document);
        while (json.length < mib * 1024 * 1024) {
            for (int i = 0; i < 1000; i++) {
                outcomes.addAll(original.deepCopy());
            }
            json = mapper.writeValueAsBytes(document);
        }
        document = null;
        outcomes = null;
        TreeReader trees = new TreeReader(ReadLimits.defaults().withMaxDocumentLength(64L * 1024 * 1024)
                .withMaxValues(50_000_000));
        long before = liveHeap();
        byte[] input = json;
        JsonNode tree = trees.read(() -> trees.parser(new ByteArrayInputStream(input)), new Problems(), 0);
        long held = liveHeap();
        System.out.printf("input %,d bytes; live heap before %,d bytes, with the tree %,d bytes: tree %,d bytes ="
                + " %.1f x the input (%s)%n", json.length, before, held, held - before,
                (held - before) / (double) json.length, tree == null ? "no tree" : tree.size() + " members");
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
