package org.msbiome.core.immune;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.msbiome.core.internal.Checks;

/**
 * Looks up the well-known markers of {@link Cytokines}, {@link CellPopulations} and {@link Biomarkers}
 * by name, alias or (for single-gene markers) gene symbol.
 *
 * <p>Matching ignores case, spaces and punctuation except {@code +}, and treats Greek letters and their
 * names alike: {@code "IFN-γ"}, {@code "IFN-gamma"}, {@code "IFN gamma"} and {@code "IFNG"} all find
 * IFN-γ; {@code "TNF-a"} and {@code "TNF-α"} find TNF-α; {@code "IL-17"} finds IL-17A. Gene symbols of
 * the chains of multi-chain cytokines (IL12A, IL12B, EBI3) are not keys: IL12B belongs to both IL-12 and
 * IL-23. A family name such as "TGF-β" is not an alias of one member (TGF-β1): use
 * {@link UnlistedMarker} for what a paper reports without more detail.
 *
 * @since 0.1.0
 */
public final class Markers {
    private static final Map<String, Marker> BY_KEY = index();

    private Markers() {}

    /** Every well-known marker: cytokines, then cell populations, then biomarkers. */
    public static List<Marker> all() {
        return Stream.of(Cytokines.all(), CellPopulations.all(), Biomarkers.all())
                .flatMap(Collection::stream)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The well-known marker with this name, alias or gene symbol.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static Optional<Marker> lookup(String text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /**
     * Like {@link #lookup(String)}, but throws when nothing matches.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if no well-known marker matches; the message names candidates that
     *     start like the text, or else says how to record an unlisted marker
     */
    public static Marker resolve(String text) {
        return lookup(text).orElseThrow(() -> {
            String k = key(text);
            List<String> candidates = k.isEmpty() ? List.of() : BY_KEY.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(k) || k.startsWith(e.getKey()))
                    .map(e -> e.getValue().name())
                    .distinct()
                    .limit(8)
                    .collect(Collectors.toList());
            String hint = candidates.isEmpty()
                    ? "no well-known marker is similar"
                    : "similar well-known markers: " + String.join(", ", candidates);
            return new IllegalArgumentException("marker " + Checks.quote(text) + " is not a well-known marker; "
                    + hint + "; record a marker the library does not list as an UnlistedMarker");
        });
    }

    /**
     * The matching key of a name: lower case, Greek letters and their names as Latin initials
     * (α, alpha → a; β, beta → b; γ, gamma → g), without spaces or punctuation other than {@code +}.
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('α', 'a')
                .replace('β', 'b')
                .replace('γ', 'g')
                .replace('κ', 'k');
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || c == '+')
                .forEach(kept::appendCodePoint);
        return kept.toString().replace("alpha", "a").replace("beta", "b").replace("gamma", "g");
    }

    /** The names by which a marker is found: name, aliases, and the gene symbol of a single-gene marker. */
    static List<String> names(Marker marker) {
        List<String> names = new ArrayList<>();
        names.add(marker.name());
        names.addAll(marker.aliases());
        if (marker instanceof Cytokine cytokine) {
            cytokine.gene().ifPresent(g -> names.add(g.symbol()));
        } else if (marker instanceof Biomarker biomarker) {
            biomarker.gene().ifPresent(g -> names.add(g.symbol()));
        }
        return names;
    }

    private static Map<String, Marker> index() {
        Map<String, Marker> map = new LinkedHashMap<>();
        for (Marker marker : all()) {
            for (String name : names(marker)) {
                Marker previous = map.putIfAbsent(key(name), marker);
                if (previous != null && !previous.equals(marker)) {
                    throw new IllegalStateException("name " + name + " of " + marker.name() + " is also a name of "
                            + previous.name());
                }
            }
        }
        return Collections.unmodifiableMap(map); // keeps declaration order, so messages are stable
    }
}
