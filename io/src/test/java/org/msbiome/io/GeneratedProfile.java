package org.msbiome.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.ProfilingMethod;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.UberonId;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.core.microbiome.VersionedName;
import org.msbiome.core.taxonomy.Lineage;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.TaxonRank;

/**
 * Seeded random community profiles for property tests: every value kind, empty profiles, empty samples,
 * dense and very sparse rows, IDs that need escaping in a JSON Pointer ({@code /}, {@code ~}) or are not
 * ASCII, counts beyond 2^31, filtered relative abundances, and every optional measurement value sometimes
 * present and sometimes absent. The names are test data, not real pipelines or taxa.
 */
final class GeneratedProfile {
    private static final String[] ID_PARTS = {"OTU", "ASV", "s/1", "a~b", "Ø", "x y", "k__Bacteria;p__"};
    private final Random random;

    GeneratedProfile(Random random) {
        this.random = random;
    }

    private boolean coin() {
        return random.nextBoolean();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return coin() ? Optional.of(value.get()) : Optional.empty();
    }

    private String id(int i) {
        return ID_PARTS[random.nextInt(ID_PARTS.length)] + i;
    }

    CommunityProfile profile() {
        ValueKind kind = ValueKind.values()[random.nextInt(ValueKind.values().length)];
        long depth = 1 + random.nextInt(5000);
        Optional<ProfilingMethod> method = maybe(() -> ProfilingMethod.values()[random.nextInt(ProfilingMethod.values().length)]);
        Optional<String> region = method.isEmpty() || method.get().isAmplicon()
                ? maybe(() -> coin() ? "V4" : "V3-V4") : Optional.empty();
        ProfileMeasurement measurement = new ProfileMeasurement(method, region, maybe(() -> "platform " + random.nextInt(9)),
                maybe(this::versioned), maybe(this::versioned), maybe(() -> "specimen " + random.nextInt(9)),
                maybe(() -> coin() ? UberonId.FECES : new UberonId(String.format("UBERON:%07d", random.nextInt(10_000_000)))),
                kind, kind == ValueKind.RAREFIED_COUNTS && coin() ? Optional.of(depth) : Optional.empty());
        int nf = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(40);
        int ns = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(12);
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < nf; i++) {
            features.add(feature(id(i)));
        }
        List<SampleInfo> samples = new ArrayList<>();
        for (int i = 0; i < ns; i++) {
            samples.add(sample(id(i)));
        }
        boolean filtered = coin();
        CommunityProfile.Builder builder = CommunityProfile.builder(measurement, features, samples).filtered(filtered);
        if (random.nextInt(5) == 0) {
            builder.sumTolerance(random.nextInt(3) == 0 ? 0 : 1e-3);
        }
        double density = random.nextDouble();
        for (int s = 0; s < ns; s++) {
            double[] row = new double[nf];
            for (int f = 0; f < nf; f++) {
                row[f] = random.nextDouble() < density ? value(kind) : 0;
            }
            finish(kind, measurement, row, depth, filtered);
            for (int f = 0; f < nf; f++) {
                builder.set(s, f, row[f]);
            }
        }
        return builder.build();
    }

    private double value(ValueKind kind) {
        return switch (kind) {
            case COUNTS, RAREFIED_COUNTS -> random.nextInt(10) == 0 ? 1L + random.nextInt(1 << 20) * 4096L
                    : 1 + random.nextInt(1000);
            case PROPORTION, PERCENT -> random.nextDouble();
            case CLR -> random.nextGaussian() * 3;
        };
    }

    /** Makes a row fit its kind: relative abundances normalised, rarefied counts summing to the depth. */
    private void finish(ValueKind kind, ProfileMeasurement measurement, double[] row, long depth, boolean filtered) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        if (sum == 0) {
            return;
        }
        if (kind == ValueKind.PROPORTION || kind == ValueKind.PERCENT) {
            double full = kind == ValueKind.PERCENT ? 100 : 1;
            double scale = filtered ? full * random.nextDouble() : full;
            for (int f = 0; f < row.length; f++) {
                row[f] = Math.min(full, row[f] / sum * scale);
            }
        } else if (kind == ValueKind.RAREFIED_COUNTS && measurement.rarefactionDepth().isPresent()) {
            long left = depth;
            int last = -1;
            for (int f = 0; f < row.length; f++) {
                if (row[f] != 0) {
                    row[f] = Math.floor(row[f] / sum * depth);
                    left -= (long) row[f];
                    last = f;
                }
            }
            row[last] += left;
        }
    }

    private VersionedName versioned() {
        return new VersionedName("tool " + random.nextInt(9), maybe(() -> random.nextInt(5) + "." + random.nextInt(20)));
    }

    private Feature feature(String id) {
        return switch (random.nextInt(3)) {
            case 0 -> Feature.of(id);
            case 1 -> Feature.unresolved(id, "unparsed;" + id);
            default -> Feature.of(id, new Lineage(List.of(
                    new Lineage.Entry(Optional.of(TaxonRank.PHYLUM), "Phylum" + random.nextInt(5), Optional.empty()),
                    new Lineage.Entry(maybe(() -> TaxonRank.GENUS), "Genus" + random.nextInt(5),
                            maybe(() -> NcbiTaxonId.of(1 + random.nextInt(3_000_000)))))));
        };
    }

    private SampleInfo sample(String id) {
        Map<String, String> attributes = new TreeMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            attributes.put("attribute " + random.nextInt(5), coin() ? "" : "value " + random.nextInt(5));
        }
        return new SampleInfo(id, maybe(() -> "subject " + random.nextInt(9)), maybe(() -> "week " + random.nextInt(9)),
                maybe(() -> coin() ? "placebo" : "treated"), attributes);
    }
}
