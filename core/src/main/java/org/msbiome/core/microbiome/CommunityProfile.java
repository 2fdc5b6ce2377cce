package org.msbiome.core.microbiome;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/**
 * A community profile: samples × features, sparse and immutable. Only non-zero values are stored (compressed
 * sparse rows, one row per sample), so memory is O(samples + features + non-zeros).
 *
 * <p>The constructor (through {@link Builder}) guarantees the form: feature IDs and sample IDs are unique, every value
 * belongs to a declared sample and feature and is given once, and values are finite. Rules that depend on what the
 * numbers are ({@link ValueKind}) are the constraint {@link ConsistentProfileValues}, checked by
 * {@code MsbiomeValidation.validator()}.
 *
 * @since 0.1.0
 */
@ConsistentProfileValues
public final class CommunityProfile {
    /** The default tolerance on a sample's sum of relative abundances, relative to the full sum (1 or 100). */
    public static final double DEFAULT_SUM_TOLERANCE = 1e-6;

    private final @Valid ProfileMeasurement measurement;
    private final List<Feature> features;
    private final List<SampleInfo> samples;
    private final boolean filtered;
    private final double sumTolerance;
    private final int[] rowStart;
    private final int[] featureIndex;
    private final double[] values;
    private final Map<String, Integer> featureRows;
    private final Map<String, Integer> sampleRows;

    private CommunityProfile(Builder b, int[] rowStart, int[] featureIndex, double[] values) {
        this.measurement = b.measurement;
        this.features = List.copyOf(b.features);
        this.samples = List.copyOf(b.samples);
        this.filtered = b.filtered;
        this.sumTolerance = b.sumTolerance;
        this.rowStart = rowStart;
        this.featureIndex = featureIndex;
        this.values = values;
        this.featureRows = b.featureRows;
        this.sampleRows = b.sampleRows;
    }

    /**
     * Starts a profile.
     *
     * @param measurement how it was measured
     * @param features the features, with unique IDs
     * @param samples the samples, with unique IDs
     * @return a builder to set the values
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if a feature ID or a sample ID occurs twice
     */
    public static Builder builder(ProfileMeasurement measurement, List<Feature> features, List<SampleInfo> samples) {
        return new Builder(measurement, features, samples);
    }

    /**
     * How the profile was measured.
     *
     * @return the measurement
     */
    public ProfileMeasurement measurement() {
        return measurement;
    }

    /**
     * The features, in order.
     *
     * @return the features
     */
    public List<Feature> features() {
        return features;
    }

    /**
     * The samples, in order.
     *
     * @return the samples
     */
    public List<SampleInfo> samples() {
        return samples;
    }

    /**
     * Whether features were filtered out, so that relative abundances need not sum to 1 (or 100).
     *
     * @return true if filtered
     */
    public boolean filtered() {
        return filtered;
    }

    /**
     * The tolerance on a sample's sum of relative abundances, relative to the full sum.
     *
     * @return the tolerance, e.g. 1e-6
     */
    public double sumTolerance() {
        return sumTolerance;
    }

    /**
     * The number of stored (non-zero) values.
     *
     * @return the non-zero count
     */
    public int nonZeroCount() {
        return values.length;
    }

    /**
     * The row of a feature.
     *
     * @param featureId the feature's ID
     * @return its index in {@link #features()}; empty if the profile has no such feature
     */
    public Optional<Integer> featureIndexOf(String featureId) {
        return Optional.ofNullable(featureRows.get(featureId));
    }

    /**
     * The index of a sample.
     *
     * @param sampleId the sample's ID
     * @return its index in {@link #samples()}; empty if the profile has no such sample
     */
    public Optional<Integer> sampleIndexOf(String sampleId) {
        return Optional.ofNullable(sampleRows.get(sampleId));
    }

    /**
     * The value of one feature in one sample; 0 when none is stored.
     *
     * @param sample a sample index
     * @param feature a feature index
     * @return the value
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double value(int sample, int feature) {
        Objects.checkIndex(sample, samples.size());
        Objects.checkIndex(feature, features.size());
        int k = Arrays.binarySearch(featureIndex, rowStart[sample], rowStart[sample + 1], feature);
        return k >= 0 ? values[k] : 0.0;
    }

    /**
     * The feature indices of a sample's non-zero values, increasing.
     *
     * @param sample a sample index
     * @return a new array
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int[] nonZeroFeatures(int sample) {
        Objects.checkIndex(sample, samples.size());
        return Arrays.copyOfRange(featureIndex, rowStart[sample], rowStart[sample + 1]);
    }

    /**
     * A sample's non-zero values, in the order of {@link #nonZeroFeatures(int)}.
     *
     * @param sample a sample index
     * @return a new array
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] nonZeroValues(int sample) {
        Objects.checkIndex(sample, samples.size());
        return Arrays.copyOfRange(values, rowStart[sample], rowStart[sample + 1]);
    }

    /**
     * A sample as a dense vector over all features.
     *
     * @param sample a sample index
     * @return a new array of {@code features().size()} values
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] dense(int sample) {
        Objects.checkIndex(sample, samples.size());
        double[] out = new double[features.size()];
        for (int k = rowStart[sample]; k < rowStart[sample + 1]; k++) {
            out[featureIndex[k]] = values[k];
        }
        return out;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CommunityProfile p && filtered == p.filtered
                && Double.compare(sumTolerance, p.sumTolerance) == 0 && measurement.equals(p.measurement)
                && features.equals(p.features) && samples.equals(p.samples) && Arrays.equals(rowStart, p.rowStart)
                && Arrays.equals(featureIndex, p.featureIndex) && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measurement, features, samples, filtered, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "CommunityProfile[" + samples.size() + " samples × " + features.size() + " features, "
                + values.length + " non-zero, " + measurement.values().code() + "]";
    }

    /**
     * Collects a profile's values. Not thread-safe; {@link #build()} once.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final ProfileMeasurement measurement;
        private final List<Feature> features;
        private final List<SampleInfo> samples;
        private final Map<String, Integer> featureRows = new HashMap<>();
        private final Map<String, Integer> sampleRows = new HashMap<>();
        private final List<long[]> entries = new ArrayList<>(); // chunks of (sample << 32 | feature)
        private final List<double[]> entryValues = new ArrayList<>();
        private int size;
        private boolean filtered;
        private double sumTolerance = DEFAULT_SUM_TOLERANCE;

        private Builder(ProfileMeasurement measurement, List<Feature> features, List<SampleInfo> samples) {
            this.measurement = Objects.requireNonNull(measurement, "measurement");
            this.features = Checks.copyOf(features, "features");
            this.samples = Checks.copyOf(samples, "samples");
            for (int i = 0; i < this.features.size(); i++) {
                if (featureRows.put(this.features.get(i).id(), i) != null) {
                    throw new IllegalArgumentException("feature ID " + Checks.quote(this.features.get(i).id())
                            + " occurs twice; feature IDs are unique");
                }
            }
            for (int i = 0; i < this.samples.size(); i++) {
                if (sampleRows.put(this.samples.get(i).id(), i) != null) {
                    throw new IllegalArgumentException("sample ID " + Checks.quote(this.samples.get(i).id())
                            + " occurs twice; sample IDs are unique");
                }
            }
        }

        /**
         * Declares that features were filtered out, so relative abundances need not sum to 1 (or 100).
         *
         * @param filtered whether the profile is filtered
         * @return this builder
         */
        public Builder filtered(boolean filtered) {
            this.filtered = filtered;
            return this;
        }

        /**
         * Sets the tolerance on a sample's sum of relative abundances, relative to the full sum.
         *
         * @param tolerance a non-negative tolerance
         * @return this builder
         * @throws IllegalArgumentException if the tolerance is negative or not finite
         */
        public Builder sumTolerance(double tolerance) {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("sum tolerance " + tolerance + " is negative or not finite");
            }
            this.sumTolerance = tolerance;
            return this;
        }

        /**
         * Sets one value; a zero is accepted and not stored.
         *
         * @param sample the sample's index
         * @param feature the feature's index
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if an index is out of range or the value is not finite
         */
        public Builder set(int sample, int feature, double value) {
            if (sample < 0 || sample >= samples.size()) {
                throw new IllegalArgumentException("sample index " + sample + " is out of range; the profile has "
                        + samples.size() + " samples");
            }
            if (feature < 0 || feature >= features.size()) {
                throw new IllegalArgumentException("feature index " + feature + " is out of range; the profile has "
                        + features.size() + " features");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value " + value + " of sample "
                        + Checks.quote(samples.get(sample).id()) + ", feature "
                        + Checks.quote(features.get(feature).id()) + " is not finite");
            }
            if (value == 0) {
                return this;
            }
            int chunk = size >>> 12;
            if (chunk == entries.size()) {
                entries.add(new long[4096]);
                entryValues.add(new double[4096]);
            }
            entries.get(chunk)[size & 4095] = ((long) sample << 32) | feature;
            entryValues.get(chunk)[size & 4095] = value;
            size++;
            return this;
        }

        /**
         * Sets one value by IDs.
         *
         * @param sampleId the sample's ID
         * @param featureId the feature's ID
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException if an ID is not declared or the value is not finite
         */
        public Builder set(String sampleId, String featureId, double value) {
            Integer s = sampleRows.get(sampleId);
            Integer f = featureRows.get(featureId);
            if (s == null) {
                throw new IllegalArgumentException("sample " + Checks.quote(sampleId) + " is not declared");
            }
            if (f == null) {
                throw new IllegalArgumentException("feature " + Checks.quote(featureId) + " is not declared");
            }
            return set(s, f, value);
        }

        /**
         * Builds the profile.
         *
         * @return the profile
         * @throws IllegalArgumentException if a value was set twice for the same sample and feature
         */
        public CommunityProfile build() {
            long[] keys = new long[size];
            double[] vals = new double[size];
            for (int i = 0; i < size; i++) {
                keys[i] = entries.get(i >>> 12)[i & 4095];
                vals[i] = entryValues.get(i >>> 12)[i & 4095];
            }
            Integer[] order = null;
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = keys[i - 1] < keys[i];
            }
            int[] fIndex = new int[size];
            double[] v = new double[size];
            int[] rowStart = new int[samples.size() + 1];
            if (!sorted) {
                order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            }
            long previous = -1;
            for (int i = 0; i < size; i++) {
                int src = order == null ? i : order[i];
                long key = keys[src];
                if (key == previous) {
                    throw new IllegalArgumentException("sample " + Checks.quote(samples.get((int) (key >>> 32)).id())
                            + ", feature " + Checks.quote(features.get((int) key).id())
                            + " has more than one value");
                }
                previous = key;
                fIndex[i] = (int) key;
                v[i] = vals[src];
                rowStart[(int) (key >>> 32) + 1]++;
            }
            for (int s = 0; s < samples.size(); s++) {
                rowStart[s + 1] += rowStart[s];
            }
            return new CommunityProfile(this, rowStart, fIndex, v);
        }
    }
}
