package org.msbiome.core.diversity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/**
 * A symmetric matrix of distances between samples, with the {@link BetaMeasure} that produced it. Immutable;
 * stores the upper triangle only.
 *
 * @since 0.1.0
 */
public final class DistanceMatrix {
    private final BetaMeasure measure;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final double[] upper;

    DistanceMatrix(BetaMeasure measure, List<String> ids, double[] upper) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.ids = Checks.copyOf(ids, "ids");
        this.index = new HashMap<>();
        for (int i = 0; i < this.ids.size(); i++) {
            if (index.put(this.ids.get(i), i) != null) {
                throw new IllegalArgumentException("sample ID " + Checks.quote(this.ids.get(i)) + " occurs twice");
            }
        }
        int n = this.ids.size();
        if (upper.length != n * (n - 1) / 2) {
            throw new IllegalArgumentException(n + " samples need " + n * (n - 1) / 2 + " distances");
        }
        this.upper = upper;
    }

    /**
     * The measure (and variant) of these distances.
     *
     * @return the measure
     */
    public BetaMeasure measure() {
        return measure;
    }

    /**
     * The sample IDs, in row order.
     *
     * @return the IDs
     */
    public List<String> ids() {
        return ids;
    }

    /**
     * The distance between the samples at rows {@code i} and {@code j}; 0 on the diagonal.
     *
     * @param i a row
     * @param j a column
     * @return the distance
     * @throws IndexOutOfBoundsException if a row is out of range
     */
    public double get(int i, int j) {
        Objects.checkIndex(i, ids.size());
        Objects.checkIndex(j, ids.size());
        if (i == j) {
            return 0.0;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        int n = ids.size();
        return upper[a * n - a * (a + 1) / 2 + (b - a - 1)];
    }

    /**
     * The distance between two samples by ID.
     *
     * @param a a sample ID
     * @param b another sample ID
     * @return the distance
     * @throws IllegalArgumentException if an ID is not in the matrix
     */
    public double get(String a, String b) {
        return get(rowOf(a), rowOf(b));
    }

    private int rowOf(String id) {
        Integer row = index.get(id);
        if (row == null) {
            throw new IllegalArgumentException("sample " + Checks.quote(id) + " is not in the distance matrix");
        }
        return row;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof DistanceMatrix m && measure == m.measure && ids.equals(m.ids) && Arrays.equals(upper, m.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, ids, Arrays.hashCode(upper));
    }

    @Override
    public String toString() {
        return "DistanceMatrix[" + measure.code() + ", " + ids.size() + " samples]";
    }
}
