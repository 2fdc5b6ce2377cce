package org.msbiome.io.internal;

import java.util.AbstractCollection;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The properties of an object of the reader's tree, in document order: names and values side by side in one
 * array, with a hash index only for objects of more than {@value #LINEAR} properties. A
 * {@code LinkedHashMap} (Jackson's default) costs a map, a table and an entry object per property, about
 * 130 bytes for an object of one or two properties; this costs the array and, for large objects, an
 * {@code int} table.
 *
 * <p>A full {@link Map}: the tree's {@code ObjectNode}s may be changed by the code that holds them (a
 * look-up, {@code put}, {@code remove}, iteration in insertion order, {@code equals} and {@code hashCode}
 * as every map's). Not thread-safe, as {@code LinkedHashMap} is not. It implements {@code Map} directly,
 * not through {@code AbstractMap}, whose cached views would add two fields to every object of the tree; for
 * the same reason an iterator notices a change behind its back by the size alone (fail-fast on a best-effort
 * basis, as {@link java.util.ConcurrentModificationException} allows).
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
final class PropertyMap implements Map<String, JsonNode> {
    /** Objects up to this many properties are searched name by name: a short scan beats hashing. */
    static final int LINEAR = 8;

    private static final Object[] EMPTY = {};

    /** Name 0, value 0, name 1, value 1, ...; {@code 2 * size} slots are used. */
    private Object[] slots;
    private int size;
    /** Open addressing: entry number + 1, or 0 for a free slot; null while the object is small. */
    private int @Nullable [] index;

    /** An empty map with room for {@code capacity} properties. */
    PropertyMap(int capacity) {
        this.slots = capacity == 0 ? EMPTY : new Object[2 * capacity];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 0; i < size; i++) {
            if (slots[2 * i + 1].equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void putAll(Map<? extends String, ? extends JsonNode> map) {
        map.forEach(this::put);
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public Iterator<String> iterator() {
                return parts(Map.Entry::getKey);
            }
        };
    }

    @Override
    public Collection<JsonNode> values() {
        return new AbstractCollection<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<JsonNode> iterator() {
                return parts(Map.Entry::getValue);
            }
        };
    }

    /** An iterator over one part of each entry, removing through the entries' iterator. */
    private <E> Iterator<E> parts(Function<Map.Entry<String, JsonNode>, E> part) {
        Iterator<Map.Entry<String, JsonNode>> entries = entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public E next() {
                return part.apply(entries.next());
            }

            @Override
            public void remove() {
                entries.remove();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> other) || other.size() != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!slots[2 * i + 1].equals(other.get(slots[2 * i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < size; i++) {
            hash += slots[2 * i].hashCode() ^ slots[2 * i + 1].hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            text.append(i == 0 ? "" : ", ").append(slots[2 * i]).append('=').append(slots[2 * i + 1]);
        }
        return text.append('}').toString();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && find(name) >= 0;
    }

    @Override
    public @Nullable JsonNode get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int i = find(name);
        return i < 0 ? null : (JsonNode) slots[2 * i + 1];
    }

    @Override
    public @Nullable JsonNode put(String key, JsonNode value) {
        Objects.requireNonNull(key, "key");
        int i = find(key);
        if (i >= 0) {
            JsonNode old = (JsonNode) slots[2 * i + 1];
            slots[2 * i + 1] = value;
            return old;
        }
        append(key, value);
        return null;
    }

    /** Adds a property whose name is not in the map (the caller has checked). */
    void append(String key, JsonNode value) {
        if (2 * size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(8, 2 * slots.length));
            if (index != null) {
                reindex(slots.length);
            }
        }
        slots[2 * size] = key;
        slots[2 * size + 1] = value;
        size++;
        if (index != null) {
            enter(index, key, size);
        } else if (size > LINEAR) {
            reindex(slots.length);
        }
    }

    /** Drops unused room, once the object is complete. */
    void trim() {
        if (slots.length > 2 * size) {
            slots = size == 0 ? EMPTY : Arrays.copyOf(slots, 2 * size);
        }
    }

    @Override
    public @Nullable JsonNode remove(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int i = find(name);
        if (i < 0) {
            return null;
        }
        JsonNode old = (JsonNode) slots[2 * i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * (size - i - 1));
        size--;
        slots[2 * size] = null;
        slots[2 * size + 1] = null;
        if (index != null) {
            reindex(slots.length);
        }
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, 2 * size, null);
        size = 0;
        index = null;
    }

    /** The entry number of a name, or -1. */
    private int find(String name) {
        int[] table = index;
        if (table == null) {
            Object[] s = slots;
            // The reader interns property names, and the codecs look up interned names: a name is found by
            // identity, and another name is passed over by its hash (cached in each string).
            int hash = name.hashCode();
            for (int i = 0; i < size; i++) {
                String k = (String) s[2 * i];
                if (k == name || k.hashCode() == hash && name.equals(k)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = table.length - 1;
        for (int h = spread(name.hashCode()) & mask; ; h = (h + 1) & mask) {
            int entry = table[h];
            if (entry == 0) {
                return -1;
            }
            if (name.equals(slots[2 * (entry - 1)])) {
                return entry - 1;
            }
        }
    }

    /** Builds the index for room of {@code slotCount / 2} properties (a table at least twice that). */
    private void reindex(int slotCount) {
        int tableSize = Integer.highestOneBit(Math.max(4, slotCount) - 1) << 1;
        int[] table = new int[tableSize];
        for (int i = 0; i < size; i++) {
            enter(table, (String) slots[2 * i], i + 1);
        }
        index = table;
    }

    private static void enter(int[] table, String name, int entry) {
        int mask = table.length - 1;
        int h = spread(name.hashCode()) & mask;
        while (table[h] != 0) {
            h = (h + 1) & mask;
        }
        table[h] = entry;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;
                    private int expected = size;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, JsonNode> next() {
                        if (expected != size) {
                            throw new ConcurrentModificationException();
                        }
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        return new Entry(last);
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        if (expected != size) {
                            throw new ConcurrentModificationException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                        expected = size;
                    }
                };
            }
        };
    }

    /** A property seen through the map: {@code setValue} writes through, as a {@code LinkedHashMap}'s does. */
    private final class Entry implements Map.Entry<String, JsonNode> {
        private final int at;
        private final String key;

        Entry(int at) {
            this.at = at;
            this.key = (String) slots[2 * at];
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public JsonNode getValue() {
            return (JsonNode) slots[2 * at + 1];
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            JsonNode old = getValue();
            slots[2 * at + 1] = Objects.requireNonNull(value, "value");
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && getValue().equals(e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ getValue().hashCode();
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
