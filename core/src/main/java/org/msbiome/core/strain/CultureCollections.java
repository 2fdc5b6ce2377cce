package org.msbiome.core.strain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.msbiome.core.internal.DataResource;

/**
 * The culture collections msbiome knows: those whose deposit numbers appear in its reference sources,
 * loaded from the bundled data resource {@code org/msbiome/core/strain/culture-collections.tsv}, which
 * names the source where each number format was read.
 *
 * @since 0.1.0
 */
public final class CultureCollections {
    private static final DataResource DATA =
            DataResource.load(CultureCollections.class, "culture-collections.tsv", "acronym", "examples");
    private static final Map<String, CultureCollection> VALUES = DATA.map(CultureCollections::fromRow);
    private static final List<CultureCollection> ALL = List.copyOf(VALUES.values());

    private CultureCollections() {}

    /**
     * ATCC, as in "ATCC 4698" (Czech Collection of Microorganisms, https://www.sci.muni.cz/ccm/ENG/arrangeb.htm)
     * and "ATCC 53103" (openFDA UNII 4VNZ1M3QXY).
     *
     * <p>Sources: row {@code ATCC} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection ATCC = DATA.get(VALUES, "ATCC");

    /**
     * DSM (DSMZ numbers), as in "DSM 20030" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and "DSM 13434"
     * (Lavasani et al. 2010, PMID 20126401).
     *
     * <p>Sources: row {@code DSM} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection DSM = DATA.get(VALUES, "DSM");

    /**
     * JCM, as in "JCM 1464" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and "JCM-34227" (repository
     * CultureBotAI/TaxonMech, {@code data/raw/lpsn_names.tsv}).
     *
     * <p>Sources: row {@code JCM} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection JCM = DATA.get(VALUES, "JCM");

    /**
     * LMG (BCCM/LMG), as in "LMG 4050" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and the patent
     * deposits "LMG P-21384" (https://jcp.bmj.com/highwire/markup/171860/expansion).
     *
     * <p>Sources: row {@code LMG} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection LMG = DATA.get(VALUES, "LMG");

    /**
     * NCIMB, as in "NCIMB 9278" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * <p>Sources: row {@code NCIMB} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection NCIMB = DATA.get(VALUES, "NCIMB");

    /**
     * NCTC, as in "NCTC 2665" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * <p>Sources: row {@code NCTC} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection NCTC = DATA.get(VALUES, "NCTC");

    /**
     * CIP (Collection de l'Institut Pasteur), as in "CIP A270" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * <p>Sources: row {@code CIP} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection CIP = DATA.get(VALUES, "CIP");

    /**
     * CNCM (Institut Pasteur), as in "CNCM I-745" (https://be.enterol.com/fr/pd-saccharomyces-boulardii-cncm-i-745.html).
     *
     * <p>Sources: row {@code CNCM} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection CNCM = DATA.get(VALUES, "CNCM");

    /**
     * KCTC, as in "KCTC-62579" (repository CultureBotAI/TaxonMech, {@code data/raw/lpsn_names.tsv}).
     *
     * <p>Sources: row {@code KCTC} of {@code culture-collections.tsv}.
     *
     * @since 0.1.0
     */
    public static final CultureCollection KCTC = DATA.get(VALUES, "KCTC");

    /**
     * The known collections, by acronym.
     *
     * @return the known collections
     */
    public static List<CultureCollection> all() {
        return ALL;
    }

    /**
     * The known collection with the given acronym, ignoring case.
     *
     * @param acronym an acronym such as {@code "atcc"}
     * @return the collection, or empty if msbiome does not know it
     * @throws NullPointerException if {@code acronym} is null
     */
    public static Optional<CultureCollection> lookup(String acronym) {
        Objects.requireNonNull(acronym, "acronym");
        String upper = acronym.strip().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.acronym().equals(upper)).findFirst();
    }

    private static CultureCollection fromRow(DataResource.Row row) {
        CultureCollection collection = CultureCollection.of(row.text("acronym"));
        for (String example : row.list("examples")) {
            if (!example.startsWith(collection.acronym())) {
                throw row.error("example " + example + " is not a deposit of " + collection.acronym());
            }
        }
        return collection;
    }
}
