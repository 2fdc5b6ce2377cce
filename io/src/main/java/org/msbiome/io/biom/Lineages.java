package org.msbiome.io.biom;

import java.util.List;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.LineageNotation;

/** Turns a table's lineage text into a feature: parsed when a notation reads it, otherwise kept verbatim. */
final class Lineages {
    private static final List<LineageNotation> SEMICOLON = List.of(LineageNotation.GREENGENES,
            LineageNotation.SILVA, LineageNotation.GTDB);

    private Lineages() {}

    /** A feature whose lineage is written with {@code ;} between levels (Greengenes, SILVA or GTDB prefixes). */
    static Feature semicolonSeparated(String id, String text) {
        if (text.isBlank()) {
            return Feature.of(id);
        }
        for (LineageNotation notation : SEMICOLON) {
            try {
                return Feature.of(id, Lineage.parse(text, notation));
            } catch (IllegalArgumentException e) {
                // try the next notation
            }
        }
        return Feature.unresolved(id, text);
    }

    /** A feature whose lineage is in MetaPhlAn's notation. */
    static Feature metaphlan(String id, String text) {
        try {
            return Feature.of(id, Lineage.parse(text, LineageNotation.METAPHLAN));
        } catch (IllegalArgumentException e) {
            return Feature.unresolved(id, text);
        }
    }
}
