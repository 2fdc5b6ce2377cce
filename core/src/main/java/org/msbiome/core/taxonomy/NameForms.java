package org.msbiome.core.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.msbiome.core.internal.Checks;

/**
 * Lenient reading of a written name: brings spacing, capitalisation and the spelling of rank markers to the
 * standard form {@link TaxonName#parse(String)} reads, and records each change in words a reader can check.
 */
final class NameForms {
    /** The text in standard form and what was changed to get there. */
    record Normalised(String text, List<String> changes) {}

    private static final Map<String, String> MARKERS = Map.of(
            "ssp.", "subsp.", "ssp", "subsp.", "subsp", "subsp.", "sub.", "subsp.",
            "var", "var.", "sp", "sp.", "nov", "nov.");

    private static final java.util.regex.Pattern UNDERSCORE = java.util.regex.Pattern.compile(".*[A-Za-z\\]]_[A-Za-z\\[].*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("subsp\\.|var\\.|sp\\.|nov\\.");

    private NameForms() {}

    static Normalised normalise(String text) {
        List<String> changes = new ArrayList<>();
        String t = text.strip();
        if (t.indexOf('_') >= 0 && UNDERSCORE.matcher(t).matches()) {
            t = t.replace('_', ' ');
            changes.add("underscores read as spaces");
        }
        String collapsed = SPACES.matcher(t).replaceAll(" ");
        if (!collapsed.equals(t)) {
            changes.add("runs of white space read as one space");
        }
        String[] words = collapsed.split(" ");
        int at = 0;
        if (words[0].equalsIgnoreCase("candidatus") || words[0].equals("Ca.")) {
            if (!words[0].equals("Candidatus")) {
                changes.add(Checks.quote(words[0]) + " read as 'Candidatus'");
                words[0] = "Candidatus";
            }
            at = 1;
        }
        if (at < words.length) {
            String genus = words[at];
            String fixed = capitalised(genus);
            if (!fixed.equals(genus)) {
                changes.add("genus " + Checks.quote(genus) + " capitalised as " + Checks.quote(fixed));
                words[at] = fixed;
            }
        }
        for (int i = at + 1; i < words.length; i++) {
            String word = words[i];
            String marker = MARKERS.get(word.toLowerCase(Locale.ROOT));
            if (marker == null && MARKER.matcher(word.toLowerCase(Locale.ROOT)).matches()) {
                marker = word.toLowerCase(Locale.ROOT);
            }
            if (marker != null && (i > at + 1 || marker.equals("sp."))) {
                if (!marker.equals(word)) {
                    changes.add(Checks.quote(word) + " read as " + Checks.quote(marker));
                    words[i] = marker;
                }
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals(word) && word.chars().allMatch(Character::isLetter)) {
                changes.add("epithet " + Checks.quote(word) + " written in lower case as " + Checks.quote(lower));
                words[i] = lower;
            }
        }
        return new Normalised(String.join(" ", words), List.copyOf(changes));
    }

    /** "lactobacillus" → "Lactobacillus", "[ruminococcus]" → "[Ruminococcus]"; an abbreviation keeps its case. */
    private static String capitalised(String genus) {
        if (genus.endsWith(".") || !genus.replace("[", "").replace("]", "").chars().allMatch(Character::isLetter)) {
            return genus;
        }
        boolean bracket = genus.startsWith("[");
        String bare = bracket ? genus.substring(1, genus.length() - (genus.endsWith("]") ? 1 : 0)) : genus;
        if (bare.isEmpty()) {
            return genus;
        }
        String fixed = bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1).toLowerCase(Locale.ROOT);
        return bracket ? "[" + fixed + (genus.endsWith("]") ? "]" : "") : fixed;
    }
}
