package org.msbiome.core.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one snapshot: NCBI nodes (taxid, parent, rank, scientific name) in arrays indexed by taxid,
 * further names of nodes (NCBI synonyms and misspellings) in a {@link NameIndex}, the listed names with
 * their status and revisions, and merged and deleted taxids.
 */
final class TaxonomyIndex {
    /** Name classes kept from a taxdump's names.dmp, by the kind byte of {@link NameIndex}. */
    static final List<String> NAME_CLASSES =
            List.of("scientific name", "synonym", "equivalent name", "misspelling", "genbank synonym");

    /** A name the snapshot lists, accepted or a synonym of an accepted name. */
    record NameRow(String name, boolean accepted, Optional<String> current, List<TaxonomicRevision> revisions,
            List<String> sources) {}

    final TaxonomySnapshot snapshot;
    private int[] parents = new int[0];
    private byte[] ranks = new byte[0];
    private int[] nameEntries = new int[0]; // entry in scientific + 1; 0 = no node
    final NameIndex scientific = new NameIndex();
    final NameIndex otherNames = new NameIndex();
    final Map<String, NameRow> listed = new LinkedHashMap<>();
    private final Map<String, List<NameRow>> synonymsOf = new HashMap<>();
    private int[] mergedFrom = new int[0];
    private int[] mergedInto = new int[0];
    private int mergedSize;
    private int[] deleted = new int[0];
    private int deletedSize;
    private boolean sorted = true;
    private static final TaxonRank[] RANKS = TaxonRank.values();
    private final Map<String, Byte> rankCodes = new HashMap<>();

    TaxonomyIndex(TaxonomySnapshot snapshot) {
        this.snapshot = snapshot;
        for (TaxonRank rank : RANKS) {
            rankCodes.put(rank.code(), (byte) (rank.ordinal() + 1));
        }
    }

    byte rankCode(String ncbiRank) {
        Byte code = rankCodes.get(ncbiRank);
        return code == null ? 0 : code;
    }

    void addNode(int taxid, int parent, byte rank) {
        ensure(taxid);
        parents[taxid] = parent;
        ranks[taxid] = rank;
    }

    void addName(int taxid, String name, String nameClass) {
        int kind = NAME_CLASSES.indexOf(nameClass);
        if (kind == 0) {
            ensure(taxid);
            if (nameEntries[taxid] == 0) {
                nameEntries[taxid] = scientific.add(name, taxid, (byte) 0) + 1;
            }
        } else if (kind > 0) {
            otherNames.add(name, taxid, (byte) kind);
        }
    }

    void addMerged(int from, int into) {
        if (mergedSize == mergedFrom.length) {
            mergedFrom = Arrays.copyOf(mergedFrom, Math.max(16, mergedSize * 2));
            mergedInto = Arrays.copyOf(mergedInto, mergedFrom.length);
        }
        mergedFrom[mergedSize] = from;
        mergedInto[mergedSize++] = into;
        sorted = false;
    }

    void addDeleted(int taxid) {
        if (deletedSize == deleted.length) {
            deleted = Arrays.copyOf(deleted, Math.max(16, deletedSize * 2));
        }
        deleted[deletedSize++] = taxid;
        sorted = false;
    }

    void addListed(NameRow row) {
        listed.put(row.name(), row);
        row.current().ifPresent(c -> synonymsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(row));
    }

    /** Sorts the merged and deleted tables; called once loading is done. */
    TaxonomyIndex seal() {
        int end = nameEntries.length;
        while (end > 0 && nameEntries[end - 1] == 0 && parents[end - 1] == 0) {
            end--;
        }
        parents = Arrays.copyOf(parents, end);
        ranks = Arrays.copyOf(ranks, end);
        nameEntries = Arrays.copyOf(nameEntries, end);
        mergedFrom = Arrays.copyOf(mergedFrom, mergedSize);
        mergedInto = Arrays.copyOf(mergedInto, mergedSize);
        deleted = Arrays.copyOf(deleted, deletedSize);
        scientific.trim();
        otherNames.trim();
        if (!sorted) {
            long[] pairs = new long[mergedSize];
            for (int i = 0; i < mergedSize; i++) {
                pairs[i] = ((long) mergedFrom[i] << 32) | (mergedInto[i] & 0xffffffffL);
            }
            Arrays.sort(pairs);
            for (int i = 0; i < mergedSize; i++) {
                mergedFrom[i] = (int) (pairs[i] >>> 32);
                mergedInto[i] = (int) pairs[i];
            }
            Arrays.sort(deleted, 0, deletedSize);
            sorted = true;
        }
        return this;
    }

    boolean hasNode(int taxid) {
        return taxid > 0 && taxid < nameEntries.length && nameEntries[taxid] != 0;
    }

    String name(int taxid) {
        return scientific.name(nameEntries[taxid] - 1);
    }

    Optional<TaxonRank> rank(int taxid) {
        byte r = ranks[taxid];
        return r == 0 ? Optional.empty() : Optional.of(RANKS[r - 1]);
    }

    int parent(int taxid) {
        return parents[taxid];
    }

    /** The taxid a merged taxid was merged into, or -1. */
    int mergedInto(int taxid) {
        int i = Arrays.binarySearch(mergedFrom, 0, mergedSize, taxid);
        return i < 0 ? -1 : mergedInto[i];
    }

    boolean isDeleted(int taxid) {
        return Arrays.binarySearch(deleted, 0, deletedSize, taxid) >= 0;
    }

    int mergedCount() {
        return mergedSize;
    }

    int deletedCount() {
        return deletedSize;
    }

    /** The taxid of a current scientific name, or -1. */
    int taxidOf(String scientificName) {
        int entry = scientific.first(scientificName);
        return entry < 0 ? -1 : scientific.value(entry);
    }

    /** A listed name, or an NCBI synonym of a node as a synonym row. */
    Optional<NameRow> row(String name) {
        NameRow row = listed.get(name);
        if (row != null) {
            return Optional.of(row);
        }
        if (taxidOf(name) >= 0) {
            return Optional.of(new NameRow(name, true, Optional.empty(), List.of(), List.of()));
        }
        int entry = otherNames.first(name);
        if (entry >= 0 && hasNode(otherNames.value(entry))) {
            String current = name(otherNames.value(entry));
            return Optional.of(new NameRow(name, false, Optional.of(current), List.of(),
                    List.of(NAME_CLASSES.get(otherNames.kind(entry)))));
        }
        return Optional.empty();
    }

    List<NameRow> synonymsOf(String current) {
        return synonymsOf.getOrDefault(current, List.of());
    }

    /** The lineage of a node, from the root down; empty if the node is unknown. */
    Optional<Lineage> lineage(int taxid) {
        if (!hasNode(taxid)) {
            return Optional.empty();
        }
        List<Lineage.Entry> entries = new ArrayList<>();
        int at = taxid;
        for (int guard = 0; hasNode(at) && guard < 256; guard++) {
            entries.add(new Lineage.Entry(rank(at), name(at), Optional.of(NcbiTaxonId.of(at))));
            int parent = parents[at];
            if (parent == at || parent <= 0) {
                break;
            }
            at = parent;
        }
        Collections.reverse(entries);
        // A lineage lists ranks top down; NCBI nodes may repeat a rank below "no rank" clades only in order.
        return Optional.of(new Lineage(entries));
    }

    private void ensure(int taxid) {
        if (taxid <= 0) {
            throw new IllegalArgumentException("NCBI taxid " + taxid + " is not positive");
        }
        if (taxid >= parents.length) {
            int n = Math.max(taxid + 1, parents.length + (parents.length >> 1) + 16);
            parents = Arrays.copyOf(parents, n);
            ranks = Arrays.copyOf(ranks, n);
            nameEntries = Arrays.copyOf(nameEntries, n);
        }
    }
}
