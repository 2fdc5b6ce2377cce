package org.msbiome.core.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The name table behind {@link Taxon}, {@link Taxonomy} and {@link Taxa}: current names, their verified
 * NCBI Taxonomy IDs, and former names. Holds names and IDs only (no {@link Taxon}), so that building a
 * taxon can consult it without a cycle in class initialisation.
 *
 * <p>Sources of the rows (keys as in the project's reference sheet):
 * <ul>
 *   <li>O1: Optibac, "Dr Kate on new Lactobacillus names" (list of old → new names);
 *   <li>W1: repository SWittouck/lacto_genera, {@code data/table_S2_genomes.csv};
 *   <li>N1: NCBI taxdump 2021-12-06, repository shenwei356/sun2021-cami-profiles,
 *       {@code sequence_abd/*.profile};
 *   <li>N2: NCBI Taxonomy of 8 Jan 2019 used by mOTUs 3.0.2, repository KoslickiLab/L2-UniFrac-Paper,
 *       {@code data/adenoma_266076/profiles/*.profile};
 *   <li>F1: openFDA substance records (https://api.fda.gov/other/substance.json) by UNII;
 *   <li>BG: BioGaia, https://www.biogaia.com/limosilactobacillus/ ("Species and strain names remain the
 *       same": only the genus changes).
 * </ul>
 */
final class KnownNames {
    private KnownNames() {}

    /** Current names with a verified NCBI Taxonomy ID (species level). */
    static final Map<TaxonName, NcbiTaxonId> IDS = new LinkedHashMap<>();

    /** Every current name msbiome knows, with or without an ID. */
    static final Set<TaxonName> CURRENT = new LinkedHashSet<>();

    /** Former name → its reclassification. */
    static final Map<TaxonName, Reclassification> FORMER = new LinkedHashMap<>();

    static {
        // Zheng et al. 2020 rows: old name (O1, W1) → current name; IDs from N1/N2/F1.
        moved("Lactobacillus rhamnosus", "Lacticaseibacillus rhamnosus", 47715); // O1 W1 N1 WR1; ID N1 N2 F1
        moved("Lactobacillus casei", "Lacticaseibacillus casei", 1582); // O1 W1 Z3; ID F1 (UNII SA940P2U00)
        moved("Lactobacillus paracasei", "Lacticaseibacillus paracasei", 0); // O1 W1 WR2; ID 1597 unverified
        moved("Lactobacillus paracasei subsp. paracasei", "Lacticaseibacillus paracasei subsp. paracasei", 0); // WR2
        moved("Lactobacillus paracasei subsp. tolerans", "Lacticaseibacillus paracasei subsp. tolerans", 0); // WR2
        moved("Lactobacillus plantarum", "Lactiplantibacillus plantarum", 1590); // O1 W1 N1 Z4; ID N1 N2
        moved("Lactobacillus plantarum subsp. plantarum", "Lactiplantibacillus plantarum subsp. plantarum", 0); // O1
        moved("Lactobacillus pentosus", "Lactiplantibacillus pentosus", 0); // W1 (genus), BG (epithet kept)
        moved("Lactobacillus reuteri", "Limosilactobacillus reuteri", 1598); // O1 W1 N1 WR3; ID N1 N2
        moved("Lactobacillus fermentum", "Limosilactobacillus fermentum", 1613); // O1 W1 WR4; ID N2
        moved("Lactobacillus salivarius", "Ligilactobacillus salivarius", 1624); // O1 W1 N1 F1; ID N1 N2 F1
        moved("Lactobacillus brevis", "Levilactobacillus brevis", 1580); // O1 W1 N1; ID N1 N2
        moved("Lactobacillus sakei", "Latilactobacillus sakei", 0); // O1 N1
        moved("Lactobacillus sakei subsp. sakei", "Latilactobacillus sakei subsp. sakei", 0); // O1
        moved("Lactobacillus mucosae", "Limosilactobacillus mucosae", 0); // O1 N1
        moved("Lactobacillus vaginalis", "Limosilactobacillus vaginalis", 0); // O1
        moved("Lactobacillus ruminis", "Ligilactobacillus ruminis", 0); // O1 N1
        moved("Lactobacillus animalis", "Ligilactobacillus animalis", 0); // O1
        moved("Lactobacillus kefiri", "Lentilactobacillus kefiri", 0); // O1 W1

        // Unchanged by Zheng et al. 2020 (O1, W1, N1).
        known("Lactobacillus acidophilus", 1579); // ID N2
        known("Lactobacillus helveticus", 1587); // ID N2
        known("Lactobacillus gasseri", 1596); // ID N2
        known("Lactobacillus johnsonii", 33959); // ID N2
        known("Lactobacillus crispatus", 47770); // ID N1 N2
        known("Lactobacillus delbrueckii", 1584); // ID N1 N2 (species)
        known("Lactobacillus delbrueckii subsp. bulgaricus", 0); // O1 W1 N1; subspecies ID unverified
        known("Lactobacillus delbrueckii subsp. lactis", 0); // O1; subspecies ID unverified
        known("Lactobacillus iners", 0); // O1
        known("Lactobacillus jensenii", 0); // O1 N1

        // Listed by O1 as former names without the revision that made the change.
        renamed("Lactobacillus lactis", "Lactobacillus delbrueckii subsp. lactis"); // O1 ("L. lactis")
        renamed("Lactobacillus bulgaricus", "Lactobacillus delbrueckii subsp. bulgaricus"); // O1 ("L. bulgaricus")

        // Other genera (species level), IDs from N1/N2.
        known("Pediococcus acidilactici", 1254); // N2
        known("Streptococcus thermophilus", 1308); // N2
        known("Lactococcus lactis", 1358); // N1 N2
        known("Bifidobacterium longum", 216816); // N1 N2
        known("Bifidobacterium breve", 1685); // N1 N2
        known("Bifidobacterium bifidum", 1681); // N1 N2
        known("Bifidobacterium animalis", 28025); // N1 N2
        known("Bifidobacterium adolescentis", 1680); // N1 N2
        known("Bacteroides fragilis", 817); // N2
        known("Prevotella histicola", 470565); // N2
        known("Akkermansia muciniphila", 239935); // N1 N2
        known("Faecalibacterium prausnitzii", 853); // N1 N2
        known("Escherichia coli", 562); // N2
    }

    private static void moved(String former, String current, int id) {
        TaxonName currentName = known(current, id);
        TaxonName formerName = TaxonName.parse(former);
        FORMER.put(formerName, new Reclassification(formerName, currentName, Optional.of(TaxonomicRevision.ZHENG_2020)));
    }

    private static void renamed(String former, String current) {
        TaxonName formerName = TaxonName.parse(former);
        FORMER.put(formerName, new Reclassification(formerName, TaxonName.parse(current), Optional.empty()));
    }

    private static TaxonName known(String current, int id) {
        TaxonName name = TaxonName.parse(current);
        CURRENT.add(name);
        if (id > 0) {
            IDS.put(name, NcbiTaxonId.of(id));
        }
        return name;
    }

    /**
     * The reclassification that applies to {@code name}: a row of the table, or, for a subspecies of a
     * species that only changed genus, the same genus change (only the genus changes [BG]).
     */
    static Optional<Reclassification> reclassificationOf(TaxonName name) {
        Reclassification row = FORMER.get(name);
        if (row != null) {
            return Optional.of(row);
        }
        if (name.subspecies().isPresent()) {
            Reclassification species = FORMER.get(name.speciesName());
            if (species != null && isGenusChangeOnly(species)) {
                TaxonName current = new TaxonName(species.currentName().genus(), name.species(), name.subspecies());
                return Optional.of(new Reclassification(name, current, species.revision()));
            }
        }
        return Optional.empty();
    }

    /** Former names of the current name {@code current}, including derived subspecies names. */
    static List<Reclassification> reclassificationsTo(TaxonName current) {
        List<Reclassification> result = new ArrayList<>();
        for (Reclassification row : FORMER.values()) {
            if (row.currentName().equals(current)) {
                result.add(row);
            }
        }
        if (result.isEmpty() && current.subspecies().isPresent()) {
            for (Reclassification row : FORMER.values()) {
                if (row.currentName().equals(current.speciesName()) && isGenusChangeOnly(row)) {
                    TaxonName former = new TaxonName(row.formerName().genus(), current.species(), current.subspecies());
                    result.add(new Reclassification(former, current, row.revision()));
                }
            }
        }
        return result;
    }

    /** The current name for {@code name}: itself unless it is a former name. */
    static TaxonName currentName(TaxonName name) {
        return reclassificationOf(name).map(Reclassification::currentName).orElse(name);
    }

    private static boolean isGenusChangeOnly(Reclassification row) {
        return row.formerName().species().equals(row.currentName().species())
                && row.formerName().subspecies().isEmpty()
                && row.currentName().subspecies().isEmpty();
    }
}
