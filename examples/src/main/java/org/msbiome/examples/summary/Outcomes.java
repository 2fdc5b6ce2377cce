package org.msbiome.examples.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.outcome.StandardMeasure;

/**
 * The outcomes a set of findings is on, each with a code that selects it, and the lookup of an outcome by
 * what a user types: its code, its title or an alias, ignoring case, punctuation and spaces, with Greek
 * letters as their Latin initials ({@code TNF-a}, {@code TNFa} and {@code TNF-α} find TNF-α; {@code IL10}
 * finds IL-10; {@code BDI} finds "Beck Depression Inventory (BDI)"; {@code BDI-II} finds the BDI-II).
 *
 * <p>A code is the standard measure's code ({@code edss}), or the marker's or custom title's words joined by
 * {@code -} ({@code hs-crp}). When two different measures share a title (hs-CRP in µg/mL and hs-CRP without a
 * unit), each code says what tells them apart ({@code hs-crp:ug/mL}, {@code hs-crp:unit-not-reported}), and a
 * name that matches both is ambiguous: {@link #find} lists the candidates with their codes.
 *
 * <pre>{@code
 * Outcomes outcomes = Outcomes.of(Catalog.bundled().findings());
 * OutcomeMeasure edss = outcomes.find("EDSS").orElseThrow(IllegalArgumentException::new);
 * }</pre>
 */
public final class Outcomes {
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    /** One outcome with its code and how many findings are on it. @param measure the measure @param code its code @param findings the number of findings on it */
    public record Entry(OutcomeMeasure measure, String code, int findings) {
        /** Checks the components. @throws NullPointerException if a component is null */
        public Entry {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(code, "code");
        }
    }

    /** What a name found: exactly one outcome, several, or none. */
    public sealed interface Match {
        /** Exactly one outcome. @param entry the outcome */
        record Found(Entry entry) implements Match {}

        /** Several outcomes share the name; their codes tell them apart. @param candidates the outcomes */
        record Ambiguous(List<Entry> candidates) implements Match {}

        /** No outcome has the name. */
        record None() implements Match {}
    }

    private final List<Entry> entries;

    private Outcomes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The outcomes of these findings, in the order first met.
     *
     * @param findings the findings
     * @return the outcomes
     */
    public static Outcomes of(List<Finding> findings) {
        Map<OutcomeMeasure, Integer> counts = new LinkedHashMap<>();
        findings.forEach(f -> counts.merge(f.measure(), 1, Integer::sum));
        Map<String, Integer> titles = new LinkedHashMap<>();
        counts.keySet().forEach(m -> titles.merge(key(m.title()), 1, Integer::sum));
        List<Entry> entries = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (Map.Entry<OutcomeMeasure, Integer> e : counts.entrySet()) {
            OutcomeMeasure m = e.getKey();
            String code = code(m, titles.get(key(m.title())) > 1);
            String unique = code;
            for (int i = 2; !used.add(unique); i++) {
                unique = code + "#" + i;
            }
            entries.add(new Entry(m, unique, e.getValue()));
        }
        return new Outcomes(entries);
    }

    /** The outcomes with their codes, in the order first met. @return the entries */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The outcome a user named.
     *
     * @param name a code, title or alias
     * @return one outcome, the candidates when several share the name, or none
     */
    public Match find(String name) {
        String typed = name.strip();
        for (Entry entry : entries) {
            if (entry.code().equalsIgnoreCase(typed)) {
                return new Match.Found(entry);
            }
        }
        String wanted = key(typed);
        List<Entry> candidates = wanted.isEmpty() ? List.of()
                : entries.stream().filter(e -> names(e.measure()).stream().anyMatch(n -> key(n).equals(wanted))).toList();
        if (candidates.size() == 1) {
            return new Match.Found(candidates.get(0));
        }
        return candidates.isEmpty() ? new Match.None() : new Match.Ambiguous(candidates);
    }

    /**
     * The names an outcome is found by: its title, a standard measure's code, a marker's name and aliases, and
     * the words of a title without and within its parentheses ({@code Beck Depression Inventory (BDI)}: also
     * {@code Beck Depression Inventory} and {@code BDI}).
     *
     * @param measure the measure
     * @return the names
     */
    public static List<String> names(OutcomeMeasure measure) {
        Set<String> names = new LinkedHashSet<>();
        names.add(measure.title());
        if (measure instanceof StandardMeasure standard) {
            names.add(standard.code());
        }
        if (measure instanceof MarkerMeasure marker) {
            names.add(marker.marker().name());
            names.addAll(marker.marker().aliases());
        }
        Matcher parentheses = PARENTHESES.matcher(measure.title());
        boolean any = false;
        while (parentheses.find()) {
            names.add(parentheses.group(1));
            any = true;
        }
        if (any) {
            names.add(PARENTHESES.matcher(measure.title()).replaceAll("").strip());
        }
        return List.copyOf(names);
    }

    private static String code(OutcomeMeasure measure, boolean titleShared) {
        if (measure instanceof StandardMeasure standard) {
            return standard.code();
        }
        String base = slug(measure.title());
        if (!titleShared) {
            return base;
        }
        if (measure instanceof MarkerMeasure marker) {
            return base + marker.specimen().map(s -> ":" + s.code()).orElse("")
                    + ":" + marker.unit().map(u -> u.code()).orElse("unit-not-reported");
        }
        if (measure instanceof CustomMeasure custom) {
            return base + ":" + custom.unit().orElse("unit-not-reported");
        }
        return base;
    }

    private static String slug(String title) {
        String s = greek(title.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9+]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "outcome" : s;
    }

    /** The matching key: lower case, Greek letters as Latin initials, only letters, digits and {@code +}. */
    static String key(String text) {
        return greek(text.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9+]", "");
    }

    private static String greek(String lower) {
        return lower.replace('α', 'a').replace('β', 'b').replace('γ', 'g').replace('κ', 'k').replace('µ', 'u')
                .replace('μ', 'u').replace("alpha", "a").replace("beta", "b").replace("gamma", "g");
    }
}
