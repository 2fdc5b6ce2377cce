package org.msbiome.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.microbiome.ProfilingMethod;
import org.msbiome.core.microbiome.UberonId;
import org.msbiome.core.signature.AbundanceDirection;
import org.msbiome.core.signature.ContrastGroup;
import org.msbiome.core.signature.Curation;
import org.msbiome.core.signature.DiversityChange;
import org.msbiome.core.signature.DiversityIndex;
import org.msbiome.core.signature.DiversityResult;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.OntologyTerm;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.signature.SourceStudy;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.TaxonRank;

/**
 * Seeded random BugSigDB-like experiments and signatures for property tests: every optional value sometimes
 * present and sometimes absent, experiment-only records, lineages with taxids on every level or none, and
 * now and then a value that breaks a rule Bean Validation checks (a sample size of 0 or below, a taxon listed
 * twice, taxids on some levels only), which the symmetry test expects the writer to refuse.
 */
final class GeneratedSignatures {
    private static final String[] PREFIXES = {"EFO_", "EFO:", "MONDO_", "MONDO:", "HP_", "UBERON_", "NCBITaxon:"};
    private static final TaxonRank[] RANKS = {TaxonRank.KINGDOM, TaxonRank.PHYLUM, TaxonRank.CLASS, TaxonRank.ORDER,
        TaxonRank.FAMILY, TaxonRank.GENUS, TaxonRank.SPECIES};
    private static final String[] NAMES = {"Bacillati", "Bacillota", "Clostridia", "Eubacteriales", "Lachnospiraceae",
        "Blautia", "Akkermansia muciniphila", "Methanobrevibacter", "Prevotella copri", "unclassified", "Ø µ \"x\""};

    private final Random random;

    GeneratedSignatures(Random random) {
        this.random = random;
    }

    private boolean coin() {
        return random.nextBoolean();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return coin() ? Optional.of(value.get()) : Optional.empty();
    }

    private String text(String prefix) {
        return prefix + " " + random.nextInt(1000) + (coin() ? "" : " — \"ü\", ±; a\\b");
    }

    /** Now and then (1 in 40) a value that breaks a validated rule. */
    private boolean broken() {
        return random.nextInt(40) == 0;
    }

    Experiment experiment() {
        String pmid = Integer.toString(1 + random.nextInt(40_000_000));
        String id = "bsdb:" + pmid + "/" + (1 + random.nextInt(20));
        List<OntologyTerm> terms = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            terms.add(new OntologyTerm(PREFIXES[random.nextInt(PREFIXES.length)]
                    + String.format("%07d", random.nextInt(10_000_000)), maybe(() -> text("label"))));
        }
        List<DiversityResult> diversity = new ArrayList<>();
        for (DiversityIndex index : DiversityIndex.values()) {
            if (coin()) {
                diversity.add(new DiversityResult(index,
                        DiversityChange.values()[random.nextInt(DiversityChange.values().length)]));
            }
        }
        List<Signature> signatures = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            signatures.add(signature(id + "/" + (signatures.size() + 1)));
        }
        return new Experiment(id, study(pmid), maybe(() -> "Experiment " + random.nextInt(30)),
                maybe(() -> coin() ? "Homo sapiens" : text("host")), maybe(() -> text("location")),
                maybe(() -> coin() ? "Feces" : text("site")),
                maybe(() -> new UberonId(String.format("UBERON:%07d", random.nextInt(10_000_000)))),
                maybe(() -> text("condition")), terms, group(), group(), maybe(() -> text("months")),
                maybe(() -> ProfilingMethod.values()[random.nextInt(ProfilingMethod.values().length)]),
                maybe(() -> Integer.toString(1 + random.nextInt(9))), maybe(() -> text("platform")),
                maybe(() -> text("transformation")), maybe(() -> text("test")),
                maybe(() -> BigDecimal.valueOf(1 + random.nextInt(100), random.nextInt(4))), maybe(this::coin),
                maybe(() -> BigDecimal.valueOf(random.nextInt(50), random.nextInt(2))), texts("matched"),
                texts("confounder"), diversity, signatures, maybe(() -> text("export")));
    }

    private SourceStudy study(String id) {
        boolean numbered = coin();
        return new SourceStudy(numbered ? id : "Study " + random.nextInt(100),
                numbered ? Optional.of(Pmid.parse(id)) : Optional.empty(),
                maybe(() -> new Generated(random).doi()), maybe(() -> coin() ? "case-control" : text("design")),
                maybe(() -> text("Authors")), maybe(() -> text("Title")), maybe(() -> text("Journal")),
                maybe(() -> 1990 + random.nextInt(36)), texts("keyword"));
    }

    private ContrastGroup group() {
        int size = broken() ? -random.nextInt(3) : 1 + random.nextInt(500);
        return new ContrastGroup(text("group"), maybe(() -> text("definition")), maybe(() -> size));
    }

    private List<String> texts(String prefix) {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            texts.add(text(prefix));
        }
        return texts;
    }

    Signature signature() {
        return signature("bsdb:" + (1 + random.nextInt(40_000_000)) + "/" + (1 + random.nextInt(9)) + "/"
                + (1 + random.nextInt(9)));
    }

    private Signature signature(String id) {
        List<Lineage> taxa = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            taxa.add(lineage());
        }
        if (!taxa.isEmpty() && broken()) {
            taxa.add(taxa.get(0));
        }
        Curation curation = new Curation(maybe(() -> LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12),
                1 + random.nextInt(28))), maybe(() -> text("curator")), maybe(() -> text("editor")),
                maybe(() -> text("reviewer")), maybe(() -> coin() ? "Complete" : text("state")));
        return new Signature(id, AbundanceDirection.values()[random.nextInt(2)], taxa, maybe(() -> text("Figure")),
                maybe(() -> text("description")), curation, maybe(() -> text("export")));
    }

    private Lineage lineage() {
        int depth = 1 + random.nextInt(RANKS.length);
        boolean ids = coin();
        boolean partial = ids && depth > 1 && broken();
        List<Lineage.Entry> entries = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            Optional<NcbiTaxonId> id = ids && !(partial && i == depth - 1)
                    ? Optional.of(NcbiTaxonId.of(1 + random.nextInt(4_000_000))) : Optional.empty();
            String name = random.nextInt(8) == 0 ? "" : NAMES[random.nextInt(NAMES.length)];
            entries.add(new Lineage.Entry(Optional.of(RANKS[i]), name, id));
        }
        return new Lineage(entries);
    }
}
