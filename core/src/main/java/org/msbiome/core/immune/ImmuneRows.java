package org.msbiome.core.immune;

import org.msbiome.core.internal.DataResource;

/**
 * Reads the compound cells of the immune data resources: {@code SYMBOL:ID}, {@code role:lineage} and
 * {@code antigen:expression}.
 */
final class ImmuneRows {
    private ImmuneRows() {}

    /** A gene written {@code IFNG:3458}, or {@code EBI3} where no source gives its NCBI Gene ID. */
    static Gene gene(DataResource.Row row, String cell) {
        int colon = cell.indexOf(':');
        if (colon < 0) {
            return Gene.of(cell);
        }
        String id = cell.substring(colon + 1);
        if (!id.matches("[1-9][0-9]{0,8}")) {
            throw row.error("gene " + cell + " has no positive NCBI Gene ID after ':'; write SYMBOL:ID or SYMBOL");
        }
        return Gene.of(cell.substring(0, colon), Integer.parseInt(id));
    }

    /** An axis written {@code produced-by:th1}: an {@link AxisRole} code and a {@link Lineage} code. */
    static Axis axis(DataResource.Row row, String cell) {
        String[] parts = pair(row, cell, "role:lineage");
        return new Axis(Lineage.fromCode(parts[1]), AxisRole.fromCode(parts[0]));
    }

    /** A cell marker written {@code CD4:+}: an antigen and an {@link Expression} code. */
    static CellMarker cellMarker(DataResource.Row row, String cell) {
        String[] parts = pair(row, cell, "antigen:expression");
        return new CellMarker(parts[0], Expression.fromCode(parts[1]));
    }

    private static String[] pair(DataResource.Row row, String cell, String form) {
        int colon = cell.lastIndexOf(':');
        if (colon <= 0 || colon == cell.length() - 1) {
            throw row.error("item " + cell + " is not of the form " + form);
        }
        return new String[] {cell.substring(0, colon), cell.substring(colon + 1)};
    }
}
