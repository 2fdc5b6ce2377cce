package org.msbiome.core.strain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The culture collections msbiome knows: those whose deposit numbers appear in its reference sources.
 * Each constant names the source where its number format was read.
 *
 * @since 0.1.0
 */
public final class CultureCollections {
    private CultureCollections() {}

    /**
     * ATCC, as in "ATCC 4698" (Czech Collection of Microorganisms, https://www.sci.muni.cz/ccm/ENG/arrangeb.htm)
     * and "ATCC 53103" (openFDA UNII 4VNZ1M3QXY).
     *
     * @since 0.1.0
     */
    public static final CultureCollection ATCC = CultureCollection.of("ATCC");

    /**
     * DSM (DSMZ numbers), as in "DSM 20030" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and "DSM 13434"
     * (Lavasani et al. 2010, PMID 20126401).
     *
     * @since 0.1.0
     */
    public static final CultureCollection DSM = CultureCollection.of("DSM");

    /**
     * JCM, as in "JCM 1464" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and "JCM-34227" (repository
     * CultureBotAI/TaxonMech, {@code data/raw/lpsn_names.tsv}).
     *
     * @since 0.1.0
     */
    public static final CultureCollection JCM = CultureCollection.of("JCM");

    /**
     * LMG (BCCM/LMG), as in "LMG 4050" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm) and the patent
     * deposits "LMG P-21384" (https://jcp.bmj.com/highwire/markup/171860/expansion).
     *
     * @since 0.1.0
     */
    public static final CultureCollection LMG = CultureCollection.of("LMG");

    /**
     * NCIMB, as in "NCIMB 9278" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * @since 0.1.0
     */
    public static final CultureCollection NCIMB = CultureCollection.of("NCIMB");

    /**
     * NCTC, as in "NCTC 2665" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * @since 0.1.0
     */
    public static final CultureCollection NCTC = CultureCollection.of("NCTC");

    /**
     * CIP (Collection de l'Institut Pasteur), as in "CIP A270" (https://www.sci.muni.cz/ccm/ENG/arrangeb.htm).
     *
     * @since 0.1.0
     */
    public static final CultureCollection CIP = CultureCollection.of("CIP");

    /**
     * CNCM (Institut Pasteur), as in "CNCM I-745" (https://be.enterol.com/fr/pd-saccharomyces-boulardii-cncm-i-745.html).
     *
     * @since 0.1.0
     */
    public static final CultureCollection CNCM = CultureCollection.of("CNCM");

    /**
     * KCTC, as in "KCTC-62579" (repository CultureBotAI/TaxonMech, {@code data/raw/lpsn_names.tsv}).
     *
     * @since 0.1.0
     */
    public static final CultureCollection KCTC = CultureCollection.of("KCTC");

    private static final List<CultureCollection> ALL = List.of(ATCC, CIP, CNCM, DSM, JCM, KCTC, LMG, NCIMB, NCTC);

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
}
