package org.msbiome.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.Markers;

/**
 * The well-known markers written as their name ({@code "marker": "IL-17A"}) rather than as an object, per
 * format version. The list is frozen: it is part of the format, not derived from {@link Markers#all()}, so
 * adding a well-known marker to core never changes how an existing marker is written. A well-known marker
 * that is not listed is written as its object. Never remove or change a name; a name added in a later
 * format version belongs to that version's list.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
public final class MarkerTextForms {
    /** Format 1.0: the 38 well-known markers of msbiome 0.1.0: 21 cytokines, 7 cell populations, 10 biomarkers. */
    public static final List<String> FORMAT_1 = List.of(
            "IFN-γ", "TNF-α", "IL-2", "IL-12", "IL-4", "IL-5", "IL-13", "IL-17A", "IL-17F", "IL-22", "IL-23",
            "GM-CSF", "IL-6", "IL-1β", "IL-10", "TGF-β1", "IL-35", "IL-27", "IL-8", "CXCL10", "CCL2",
            "CD4+CD25+FoxP3+ Treg", "CD4+FoxP3+ Treg", "Th1 cells", "Th2 cells", "Th17 cells",
            "intermediate monocytes", "CD103+ dendritic cells",
            "hs-CRP", "CRP", "nitric oxide", "malondialdehyde", "total antioxidant capacity", "BDNF", "insulin",
            "FOXP3", "T-bet", "RORγt");

    private MarkerTextForms() {}

    /** The text form of format 1: each name of {@link #FORMAT_1} reads as the well-known marker of that name. */
    public static Bindings.TextForm<Marker> format1() {
        return of(FORMAT_1, Markers.all());
    }

    /**
     * The text form for a frozen list of names.
     *
     * @param names the names written as strings
     * @param wellKnown the well-known markers
     * @return each name mapped to the one well-known marker of that name
     * @throws IllegalStateException if a name is repeated, or names no well-known marker or several
     */
    static Bindings.TextForm<Marker> of(List<String> names, List<? extends Marker> wellKnown) {
        Map<String, Marker> byName = new LinkedHashMap<>();
        for (String name : names) {
            List<? extends Marker> matching = wellKnown.stream().filter(m -> m.name().equals(name)).toList();
            if (matching.size() != 1) {
                throw new IllegalStateException("the frozen marker name '" + name + "' names " + matching.size()
                        + " well-known markers; each frozen name must name exactly one");
            }
            if (byName.put(name, matching.get(0)) != null) {
                throw new IllegalStateException("the frozen marker name '" + name + "' is listed twice");
            }
        }
        return new Bindings.TextForm<>(byName, "the name of a well-known marker");
    }
}
