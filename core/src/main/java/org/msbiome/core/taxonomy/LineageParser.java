package org.msbiome.core.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.internal.Checks;

/** Reads and writes the lineage notations of {@link LineageNotation}. */
final class LineageParser {
    private static final Pattern PREFIX = Pattern.compile("([a-zA-Z])__(.*)", Pattern.DOTALL);
    private static final Pattern SILVA_LEVEL = Pattern.compile("D_([0-9]{1,2})__(.*)", Pattern.DOTALL);
    private static final Pattern KRAKEN_RANK = Pattern.compile("([URDKPCOFGS])([0-9]*)");
    private static final TaxonRank[] SILVA_LEVELS = {TaxonRank.DOMAIN, TaxonRank.PHYLUM, TaxonRank.CLASS,
        TaxonRank.ORDER, TaxonRank.FAMILY, TaxonRank.GENUS, TaxonRank.SPECIES};

    private LineageParser() {}

    private static Map<Character, TaxonRank> prefixes(LineageNotation notation) {
        Map<Character, TaxonRank> map = new LinkedHashMap<>();
        switch (notation) {
            case GREENGENES -> {
                map.put('d', TaxonRank.DOMAIN);
                map.put('k', TaxonRank.KINGDOM);
            }
            case METAPHLAN -> map.put('k', TaxonRank.KINGDOM);
            case SILVA, GTDB -> map.put('d', TaxonRank.DOMAIN);
            case KRAKEN_REPORT -> throw new IllegalStateException("not a prefixed notation");
        }
        map.put('p', TaxonRank.PHYLUM);
        map.put('c', TaxonRank.CLASS);
        map.put('o', TaxonRank.ORDER);
        map.put('f', TaxonRank.FAMILY);
        map.put('g', TaxonRank.GENUS);
        map.put('s', TaxonRank.SPECIES);
        if (notation == LineageNotation.METAPHLAN) {
            map.put('t', TaxonRank.STRAIN);
        }
        return map;
    }

    static Lineage prefixed(String text, LineageNotation notation) {
        String where = notation.code() + " lineage " + Checks.quote(text);
        if (text.isBlank()) {
            throw new IllegalArgumentException(where + " is blank; expected levels like " + example(notation));
        }
        String body = text.strip();
        if (body.endsWith(notation.separator())) {
            body = body.substring(0, body.length() - 1);
        }
        String[] levels = body.split(Pattern.quote(notation.separator()), -1);
        Map<Character, TaxonRank> prefixes = prefixes(notation);
        List<Lineage.Entry> entries = new ArrayList<>(levels.length);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i].strip();
            String at = where + ": level " + (i + 1) + " " + Checks.quote(level);
            if (level.isEmpty()) {
                throw new IllegalArgumentException(at + " is empty; expected a prefixed level like 'g__Bacteroides'"
                        + " or an empty one like 'g__'");
            }
            entries.add(entry(level, at, notation, prefixes, levels.length));
        }
        try {
            return new Lineage(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Lineage.Entry entry(String level, String at, LineageNotation notation,
            Map<Character, TaxonRank> prefixes, int levelCount) {
        if (notation == LineageNotation.SILVA) {
            Matcher silva = SILVA_LEVEL.matcher(level);
            if (silva.matches()) {
                int n = Integer.parseInt(silva.group(1));
                Optional<TaxonRank> rank = n < SILVA_LEVELS.length ? Optional.of(SILVA_LEVELS[n]) : Optional.empty();
                return new Lineage.Entry(species(rank, silva.group(2)), silva.group(2), Optional.empty());
            }
        }
        Matcher m = PREFIX.matcher(level);
        if (!m.matches()) {
            if (levelCount == 1) {
                return Lineage.Entry.unranked(level); // "Unassigned", "UNCLASSIFIED": a lineage of one placeholder
            }
            throw new IllegalArgumentException(at + " has no rank prefix; expected one of " + prefixList(prefixes)
                    + (notation == LineageNotation.SILVA ? " or D_0__ … D_6__" : ""));
        }
        TaxonRank rank = prefixes.get(m.group(1).charAt(0));
        if (rank == null) {
            throw new IllegalArgumentException(at + " has the prefix " + Checks.quote(m.group(1) + "__")
                    + ", which " + notation.code() + " does not use; expected one of " + prefixList(prefixes));
        }
        String name = m.group(2);
        if (rank == TaxonRank.STRAIN && name.startsWith("SGB")) {
            rank = TaxonRank.SGB;
        }
        return new Lineage.Entry(species(Optional.of(rank), name), name, Optional.empty());
    }

    /** A species-level name with "subsp." is a subspecies (BugSigDB writes it as a second s__ level). */
    private static Optional<TaxonRank> species(Optional<TaxonRank> rank, String name) {
        if (rank.equals(Optional.of(TaxonRank.SPECIES)) && name.matches(".*\\ssubsp\\.?\\s.*")) {
            return Optional.of(TaxonRank.SUBSPECIES);
        }
        return rank;
    }

    private static String prefixList(Map<Character, TaxonRank> prefixes) {
        return String.join(", ", prefixes.keySet().stream().map(c -> c + "__").toList());
    }

    private static String example(LineageNotation notation) {
        return switch (notation) {
            case GREENGENES -> "'k__Bacteria; p__Firmicutes; g__'";
            case SILVA -> "'d__Bacteria;p__Firmicutes' or 'D_0__Bacteria;D_1__Firmicutes'";
            case METAPHLAN -> "'k__Bacteria|p__Firmicutes|s__Faecalibacterium prausnitzii'";
            case GTDB -> "'d__Bacteria;p__Bacillota_A'";
            case KRAKEN_REPORT -> "'100.00\\t9491\\t0\\tR\\t1\\troot'";
        };
    }

    static List<Lineage> krakenReport(List<String> rows) {
        List<Lineage> lineages = new ArrayList<>(rows.size());
        List<Lineage.Entry> path = new ArrayList<>();
        int base = -1;
        int lineNumber = 0;
        for (String row : rows) {
            lineNumber++;
            if (row.isBlank()) {
                continue;
            }
            String where = "Kraken report line " + lineNumber + " " + Checks.quote(row);
            String[] fields = row.split("\t", -1);
            if (fields.length != 6 && fields.length != 8) {
                throw new IllegalArgumentException(where + " has " + fields.length + " tab-separated fields;"
                        + " expected 6 (percentage, clade reads, direct reads, rank, taxid, name) or 8 (with"
                        + " the two minimizer columns)");
            }
            String rankCode = fields[fields.length - 3].strip();
            Matcher rank = KRAKEN_RANK.matcher(rankCode);
            if (!rank.matches()) {
                throw new IllegalArgumentException(where + ": rank code " + Checks.quote(rankCode)
                        + " is unknown; expected U, R, D, K, P, C, O, F, G or S, optionally followed by digits");
            }
            String taxid = fields[fields.length - 2].strip();
            Optional<NcbiTaxonId> id;
            try {
                id = taxid.equals("0") ? Optional.empty() : Optional.of(NcbiTaxonId.parse(taxid));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            String indented = fields[fields.length - 1];
            int spaces = 0;
            while (spaces < indented.length() && indented.charAt(spaces) == ' ') {
                spaces++;
            }
            if (spaces % 2 != 0) {
                throw new IllegalArgumentException(where + ": the name is indented by " + spaces
                        + " spaces; expected two spaces per level");
            }
            int depth = spaces / 2;
            if (base < 0) {
                base = depth;
            }
            int level = depth - base;
            if (level < 0 || level > path.size()) {
                throw new IllegalArgumentException(where + ": the name is indented to level " + depth
                        + ", but the rows above reach level " + (base + path.size() - 1)
                        + "; expected each row at most one level below the row above");
            }
            Optional<TaxonRank> taxonRank = rank.group(2).isEmpty() ? krakenRank(rank.group(1).charAt(0))
                    : Optional.empty();
            Lineage.Entry entry = new Lineage.Entry(taxonRank, indented.substring(spaces), id);
            while (path.size() > level) {
                path.remove(path.size() - 1);
            }
            path.add(entry);
            try {
                lineages.add(new Lineage(path));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return lineages;
    }

    private static Optional<TaxonRank> krakenRank(char code) {
        return Optional.ofNullable(switch (code) {
            case 'D' -> TaxonRank.DOMAIN;
            case 'K' -> TaxonRank.KINGDOM;
            case 'P' -> TaxonRank.PHYLUM;
            case 'C' -> TaxonRank.CLASS;
            case 'O' -> TaxonRank.ORDER;
            case 'F' -> TaxonRank.FAMILY;
            case 'G' -> TaxonRank.GENUS;
            case 'S' -> TaxonRank.SPECIES;
            default -> null; // U unclassified, R root: no rank
        });
    }

    static String format(Lineage lineage, LineageNotation notation) {
        if (notation == LineageNotation.KRAKEN_REPORT) {
            throw new IllegalArgumentException("a lineage cannot be written as a Kraken report, whose rows carry"
                    + " read counts; choose greengenes, silva, metaphlan or gtdb");
        }
        Map<Character, TaxonRank> prefixes = prefixes(notation);
        StringBuilder out = new StringBuilder();
        for (Lineage.Entry entry : lineage.entries()) {
            TaxonRank rank = entry.rank().orElseThrow(() -> new IllegalArgumentException("lineage entry " + entry
                    + " has no rank; " + notation.code() + " writes ranked levels only"));
            TaxonRank written = switch (rank) {
                case SUBSPECIES -> TaxonRank.SPECIES;
                case SGB -> TaxonRank.STRAIN;
                default -> rank;
            };
            Character prefix = prefixes.entrySet().stream().filter(e -> e.getValue() == written)
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("lineage entry " + entry + ": "
                            + notation.code() + " has no prefix for rank " + rank.code()));
            if (!out.isEmpty()) {
                out.append(notation == LineageNotation.GREENGENES ? "; " : notation.separator());
            }
            out.append(prefix).append("__").append(entry.name());
        }
        return out.toString();
    }
}
