package org.msbiome.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline of the taxdump benchmarks: an NCBI taxdump loaded the way one writes it with the JDK's collections.
 * The same rows as {@code Taxonomy.fromNcbiTaxdump} keeps: parent and rank of every node (arrays indexed by taxid,
 * ranks interned), scientific names and synonyms in a {@code HashMap<String, Integer>} to their taxid, merged.dmp
 * in a {@code HashMap<Integer, Integer>}, delnodes.dmp in a {@code HashSet<Integer>}. Fields are cut at the
 * {@code \t|\t} separators with {@code indexOf}; nothing is checked.
 *
 * @param parent the parent taxid of each taxid (0: no node)
 * @param rank the rank of each taxid
 * @param names scientific names and synonyms to their taxid (a later row wins)
 * @param merged merged taxids to the current one
 * @param deleted deleted taxids
 */
record NaiveTaxdump(int[] parent, String[] rank, Map<String, Integer> names, Map<Integer, Integer> merged,
        Set<Integer> deleted) {

    /**
     * Loads a taxdump directory.
     *
     * @param dir the directory with nodes.dmp, names.dmp, merged.dmp and delnodes.dmp
     * @param maxId the largest taxid in nodes.dmp
     * @return the maps
     * @throws IOException if a file cannot be read
     */
    static NaiveTaxdump load(Path dir, int maxId) throws IOException {
        int[] parent = new int[maxId + 1];
        String[] rank = new String[maxId + 1];
        Map<String, String> ranks = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("nodes.dmp"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf("\t|\t");
                int b = line.indexOf("\t|\t", a + 3);
                int c = line.indexOf("\t|\t", b + 3);
                int id = Integer.parseInt(line, 0, a, 10);
                parent[id] = Integer.parseInt(line, a + 3, b, 10);
                rank[id] = ranks.computeIfAbsent(line.substring(b + 3, c), r -> r);
            }
        }
        Map<String, Integer> names = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("names.dmp"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf("\t|\t");
                int b = line.indexOf("\t|\t", a + 3);
                int c = line.indexOf("\t|\t", b + 3);
                int d = line.indexOf("\t|", c + 3);
                String nameClass = line.substring(c + 3, d);
                if (nameClass.equals("scientific name") || nameClass.equals("synonym")) {
                    names.put(line.substring(a + 3, b), Integer.parseInt(line, 0, a, 10));
                }
            }
        }
        Map<Integer, Integer> merged = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("merged.dmp"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf("\t|\t");
                merged.put(Integer.parseInt(line, 0, a, 10), Integer.parseInt(line, a + 3, line.indexOf("\t|", a + 3), 10));
            }
        }
        Set<Integer> deleted = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("delnodes.dmp"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                deleted.add(Integer.parseInt(line, 0, line.indexOf("\t|"), 10));
            }
        }
        return new NaiveTaxdump(parent, rank, names, merged, deleted);
    }
}
