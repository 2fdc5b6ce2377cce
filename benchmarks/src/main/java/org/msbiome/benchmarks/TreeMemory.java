package org.msbiome.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
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
 * The reader shares the node of a short text that a document repeats, and the repeated outcomes repeat every
 * text; with {@code distinct}, every string of every copy is made different (the copy's number is appended),
 * the worst case for the tree's memory.
 * Usage: {@code java -cp benchmarks.jar org.msbiome.benchmarks.TreeMemory [MIB] [distinct]}.
 */
public final class TreeMemory {
    private TreeMemory() {}

    /** @param args the document size in MiB, default 16; then {@code distinct} for distinct strings */
    public static void main(String[] args) {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        boolean distinct = args.length > 1 && args[1].equals("distinct");
        int[] copies = {0};
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode document = (ObjectNode) mapper.readTree(ColdStart.document());
        ArrayNode outcomes = (ArrayNode) document.get("clinical-trial").get("outcomes");
        ArrayNode original = outcomes.deepCopy();
        byte[] json = mapper.writeValueAsBytes(document);
        while (json.length < mib * 1024 * 1024) {
            for (int i = 0; i < 1000; i++) {
                ArrayNode copy = original.deepCopy();
                if (distinct) {
                    distinguish(copy, "-" + ++copies[0]);
                }
                outcomes.addAll(copy);
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
                + " %.1f x the input (%s%s)%n", json.length, before, held, held - before,
                (held - before) / (double) json.length, tree == null ? "no tree" : tree.size() + " members",
                distinct ? ", every string distinct" : "");
    }

    /** Appends {@code suffix} to every string value under {@code node}. */
    private static void distinguish(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString()) {
                    object.put(name, value.stringValue() + suffix);
                } else {
                    distinguish(value, suffix);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, array.get(i).stringValue() + suffix);
                } else {
                    distinguish(array.get(i), suffix);
                }
            }
        }
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
