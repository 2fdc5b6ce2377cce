package org.msbiome.core.signature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.TaxonRank;
import org.msbiome.core.taxonomy.Taxonomy;

/**
 * What a set of signatures agree on.
 *
 * <p>{@link #consensus(Collection, TaxonRank, CountingUnit)} is <b>vote counting, not a meta-analysis</b>: it
 * counts how many studies (or experiments) reported a taxon increased and how many decreased, and asks with an
 * exact sign test whether the split differs from a coin toss. It ignores effect sizes, sample sizes, the
 * methods used and the studies that measured the taxon and found no difference (signatures list only what was
 * significant), so a small p-value says the reports lean one way, not that the taxon differs, and a large one
 * is no evidence of no difference.
 *
 * @since 0.1.0
 */
public final class Signatures {
    private Signatures() {}

    /**
     * The consensus per taxon, one vote per study (the default: experiments of one study share subjects).
     *
     * @param experiments the experiments with their signatures
     * @param rank the rank to group the taxa at, e.g. genus
     * @return one row per taxon, by ascending p-value, then name
     * @throws NullPointerException if an argument is null
     * @see #consensus(Collection, TaxonRank, CountingUnit)
     */
    public static List<TaxonConsensus> consensus(Collection<Experiment> experiments, TaxonRank rank) {
        return consensus(experiments, rank, CountingUnit.STUDY);
    }

    /**
     * The consensus per taxon: for each taxon named at {@code rank} in the signatures, the number of units
     * (studies or experiments) that reported it increased in group 1 and the number that reported it
     * decreased, and the exact two-sided binomial sign test (p = 0.5) on those two counts.
     *
     * <p>A taxon's name at the rank is looked up in the bundled taxonomy snapshot, so that a former name and
     * the current one (e.g. <i>Firmicutes</i> and <i>Bacillota</i>) count as one taxon; a name the snapshot
     * does not list is kept as written. Lineages that do not reach the rank, or leave it unresolved, give no
     * vote at that rank. A unit that reported the taxon in both directions (in different signatures) is
     * counted as conflicting and left out of the test.
     *
     * <p>This is vote counting, not a meta-analysis; see the class description.
     *
     * @param experiments the experiments with their signatures
     * @param rank the rank to group the taxa at
     * @param unit what one vote is
     * @return one row per taxon, by ascending p-value, then name
     * @throws NullPointerException if an argument or experiment is null
     */
    public static List<TaxonConsensus> consensus(Collection<Experiment> experiments, TaxonRank rank,
            CountingUnit unit) {
        Objects.requireNonNull(experiments, "experiments");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(unit, "unit");
        Map<String, Tally> tallies = new TreeMap<>();
        for (Experiment experiment : experiments) {
            String unitId = unit == CountingUnit.STUDY ? experiment.study().id() : experiment.id();
            for (Signature signature : experiment.signatures()) {
                for (Lineage lineage : signature.taxa()) {
                    Optional<Lineage.Entry> entry = lineage.at(rank).filter(Lineage.Entry::isResolved);
                    if (entry.isEmpty()) {
                        continue;
                    }
                    String written = entry.get().name();
                    Tally tally = tallies.computeIfAbsent(currentName(written, rank), k -> new Tally());
                    tally.names.add(written);
                    tally.directions.computeIfAbsent(unitId, k -> EnumSet.noneOf(AbundanceDirection.class))
                            .add(signature.direction());
                }
            }
        }
        List<TaxonConsensus> rows = new ArrayList<>(tallies.size());
        tallies.forEach((taxon, tally) -> {
            int up = 0;
            int down = 0;
            int both = 0;
            for (Set<AbundanceDirection> d : tally.directions.values()) {
                if (d.size() == 2) {
                    both++;
                } else if (d.contains(AbundanceDirection.INCREASED)) {
                    up++;
                } else {
                    down++;
                }
            }
            rows.add(new TaxonConsensus(taxon, rank, unit, up, down, both, signTest(up, up + down),
                    List.copyOf(tally.names), List.copyOf(tally.directions.keySet())));
        });
        rows.sort(Comparator.comparingDouble(TaxonConsensus::pValue).thenComparing(TaxonConsensus::taxon));
        return List.copyOf(rows);
    }

    /**
     * The exact two-sided binomial test of {@code successes} in {@code trials} against p = 0.5, as R's
     * {@code binom.test(successes, trials)}: twice the probability of the smaller tail, at most 1. For
     * example 5 of 6 gives 0.21875 and 7 of 9 gives 0.1796875.
     *
     * @param successes the number of units in one direction
     * @param trials the number of units in either direction
     * @return the p-value; 1 when {@code trials} is 0
     * @throws IllegalArgumentException if {@code successes} is negative or above {@code trials}
     */
    public static double signTest(int successes, int trials) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " must lie in [0, trials = " + trials + "]");
        }
        if (trials == 0) {
            return 1.0;
        }
        int k = Math.min(successes, trials - successes);
        double tail;
        if (trials <= 60) {
            long sum = 0;
            long c = 1;
            for (int i = 0; i <= k; i++) {
                sum += c;
                c = c * (trials - i) / (i + 1);
            }
            tail = sum / Math.pow(2, trials);
        } else {
            double logC = 0;
            tail = 0;
            for (int i = 0; i <= k; i++) {
                tail += Math.exp(logC - trials * Math.log(2));
                logC += Math.log(trials - i) - Math.log(i + 1);
            }
        }
        return Math.min(1.0, 2 * tail);
    }

    private static String currentName(String written, TaxonRank rank) {
        return Taxonomy.lookup(written)
                .map(NameResolution::taxon)
                .filter(t -> t.rank().map(r -> r == rank).orElse(true))
                .map(t -> t.name().full())
                .orElse(written);
    }

    private static final class Tally {
        final Set<String> names = new TreeSet<>();
        final Map<String, Set<AbundanceDirection>> directions = new TreeMap<>();
    }
}
