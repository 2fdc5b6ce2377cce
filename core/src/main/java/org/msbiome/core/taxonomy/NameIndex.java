package org.msbiome.core.taxonomy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A compact multimap from names to ints (taxids), for the millions of names of a full NCBI taxdump: the
 * names are kept as UTF-8 bytes in one growing array and found through an open-addressing table, so a name
 * costs its bytes and a few ints, not a {@code String} and a map entry.
 */
final class NameIndex {
    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int[] offsets = new int[256];
    private int[] values = new int[256];
    private byte[] kinds = new byte[256];
    private int size;
    private int[] table = new int[512]; // entry + 1; 0 is empty

    int size() {
        return size;
    }

    /** Adds a name; returns its entry number. */
    int add(String name, int value, byte kind) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (poolSize + bytes.length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + bytes.length));
        }
        if (size + 1 >= offsets.length) {
            int n = offsets.length * 2;
            offsets = Arrays.copyOf(offsets, n);
            values = Arrays.copyOf(values, n);
            kinds = Arrays.copyOf(kinds, n);
        }
        System.arraycopy(bytes, 0, pool, poolSize, bytes.length);
        offsets[size] = poolSize;
        poolSize += bytes.length;
        offsets[size + 1] = poolSize;
        values[size] = value;
        kinds[size] = kind;
        int entry = size++;
        if (size * 2 > table.length) {
            rehash(table.length * 2);
        } else {
            insert(entry);
        }
        return entry;
    }

    /** Calls {@code action} with every entry whose name is {@code name}. */
    void find(String name, IntConsumer action) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        int mask = table.length - 1;
        for (int slot = hash(bytes, 0, bytes.length) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (Arrays.equals(pool, offsets[entry], offsets[entry + 1], bytes, 0, bytes.length)) {
                action.accept(entry);
            }
        }
    }

    /** The first entry named {@code name}, or -1. */
    int first(String name) {
        int[] found = {-1};
        find(name, e -> {
            if (found[0] < 0) {
                found[0] = e;
            }
        });
        return found[0];
    }

    String name(int entry) {
        return new String(pool, offsets[entry], offsets[entry + 1] - offsets[entry], StandardCharsets.UTF_8);
    }

    int value(int entry) {
        return values[entry];
    }

    byte kind(int entry) {
        return kinds[entry];
    }

    /** Frees the slack of the growing arrays once loading is done. */
    void trim() {
        pool = Arrays.copyOf(pool, poolSize);
        offsets = Arrays.copyOf(offsets, size + 1);
        values = Arrays.copyOf(values, size);
        kinds = Arrays.copyOf(kinds, size);
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int e = 0; e < size; e++) {
            insert(e);
        }
    }

    private void insert(int entry) {
        int mask = table.length - 1;
        int slot = hash(pool, offsets[entry], offsets[entry + 1]) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = entry + 1;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
