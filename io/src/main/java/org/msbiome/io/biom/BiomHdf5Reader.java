package org.msbiome.io.biom;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;

/**
 * Reads BIOM 2.1 (HDF5) with jhdf. Every call into jhdf is guarded: whatever jhdf throws on a malformed file becomes
 * a problem naming the HDF5 path.
 */
final class BiomHdf5Reader {
    /** The most values (per dataset) accepted, so that a forged shape cannot exhaust memory. */
    static final long MAX_ELEMENTS = 200_000_000L;

    /**
     * The most values per dataset for each byte of the file, beyond a first million: a 47 KB file whose chunked
     * taxonomy dataset claimed tens of millions of unwritten elements kept jhdf busy for minutes (issue #18, found
     * by {@code BiomHdf5FuzzTest}). 16 values a byte allows for compression ratios far beyond those of BIOM data.
     */
    static final long ELEMENTS_PER_BYTE = 16;

    static long maxElements(long fileBytes) {
        return Math.min(MAX_ELEMENTS, 1_000_000L + ELEMENTS_PER_BYTE * fileBytes);
    }
    private static final List<String> NOTED_ATTRIBUTES = List.of("id", "type", "format-url", "generated-by",
            "creation-date", "nnz", "format-version");

    private BiomHdf5Reader() {}

    static ProfileImport read(Path file, @Nullable ProfileMeasurement measurement) {
        return guarded("", () -> {
            try (HdfFile hdf = new HdfFile(file)) {
                return read(hdf, measurement, maxElements(file.toFile().length()));
            }
        });
    }

    static ProfileImport read(byte[] bytes, @Nullable ProfileMeasurement measurement) {
        return guarded("", () -> {
            try (HdfFile hdf = HdfFile.fromBytes(bytes)) {
                return read(hdf, measurement, maxElements(bytes.length));
            }
        });
    }

    private static ProfileImport read(HdfFile hdf, @Nullable ProfileMeasurement measurement, long max) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Attribute> attributes = guarded("/", hdf::getAttributes);
        for (String name : attributes.keySet()) {
            Object value = guarded("/@" + name, () -> attributes.get(name).getData());
            notes.add("/@" + name + " " + Quote.of(text(value)) + (NOTED_ATTRIBUTES.contains(name)
                    ? ": table-level attribute, not part of the profile" : ": unknown attribute, not part of the profile"));
        }
        long[] version = longs(attributes.get("format-version"), "/@format-version", problems);
        if (version != null && (version.length != 2 || version[0] != 2)) {
            problems.add(Problem.of("/@format-version", ProblemCode.UNSUPPORTED_VERSION,
                    "format version " + text(version) + " is not BIOM 2.x"));
        }
        long[] shape = longs(attributes.get("shape"), "/@shape", problems);
        String[] featureIds = strings(hdf, "/observation/ids", problems, max);
        String[] sampleIds = strings(hdf, "/sample/ids", problems, max);
        if (shape == null || shape.length != 2) {
            problems.add(Problem.of("/@shape", ProblemCode.INVALID_VALUE, "shape must be [observations, samples]"));
        } else if (featureIds != null && sampleIds != null
                && (shape[0] != featureIds.length || shape[1] != sampleIds.length)) {
            problems.add(Problem.of("/@shape", ProblemCode.INVALID_VALUE, "shape " + text(shape) + " does not match "
                    + featureIds.length + " observation IDs and " + sampleIds.length + " sample IDs"));
        }
        if (!problems.isEmpty() || featureIds == null || sampleIds == null) {
            throw new InvalidDocumentException(problems);
        }
        TableAssembler table = new TableAssembler();
        String[][] taxonomy = taxonomy(hdf, featureIds.length, problems, notes, max);
        for (int f = 0; f < featureIds.length; f++) {
            String lineage = taxonomy == null ? "" : String.join("; ", taxonomy[f]);
            try {
                table.features.add(lineage.isBlank() || featureIds[f].isBlank() ? Feature.of(orBlank(featureIds[f]))
                        : Lineages.semicolonSeparated(featureIds[f], lineage));
            } catch (IllegalArgumentException e) {
                // core refuses what is not free text (a control character in an ID or a lineage)
                problems.add(Problem.of("/observation/ids/" + f, ProblemCode.INVALID_VALUE,
                        String.valueOf(e.getMessage())));
            }
        }
        Map<String, String[]> sampleMetadata = sampleMetadata(hdf, sampleIds.length, problems, notes, max);
        for (int s = 0; s < sampleIds.length; s++) {
            Map<String, String> md = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : sampleMetadata.entrySet()) {
                md.put(e.getKey(), e.getValue()[s]);
            }
            try {
                table.samples.add(TableAssembler.sample(orBlank(sampleIds[s]), md));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of("/sample/ids/" + s, ProblemCode.INVALID_VALUE, String.valueOf(e.getMessage())));
            }
        }
        notes.add("/observation/matrix: the same values stored by observation; read from /sample/matrix");
        for (String group : List.of("/observation/group-metadata", "/sample/group-metadata")) {
            Node node = guarded(group, () -> exists(hdf, group) ? hdf.getByPath(group) : null);
            if (node instanceof Group g && !guarded(group, () -> g.getChildren().isEmpty())) {
                notes.add(group + " " + guarded(group, () -> g.getChildren().keySet()).toString()
                        + ": group metadata (e.g. a phylogeny) is not part of the profile");
            }
        }
        double[] data = doubles(hdf, "/sample/matrix/data", problems, max);
        long[] indices = integers(hdf, "/sample/matrix/indices", problems, max);
        long[] indptr = integers(hdf, "/sample/matrix/indptr", problems, max);
        if (data != null && indices != null && indptr != null) {
            fill(table, data, indices, indptr, featureIds.length, sampleIds.length, problems);
        }
        return table.build(false, "", measurement, problems, notes);
    }

    private static String orBlank(String id) {
        return id.isBlank() ? "(blank)" : id;
    }

    private static void fill(TableAssembler table, double[] data, long[] indices, long[] indptr, int features,
            int samples, List<Problem> problems) {
        if (data.length != indices.length) {
            problems.add(Problem.of("/sample/matrix/indices", ProblemCode.INVALID_VALUE, indices.length
                    + " indices for " + data.length + " values"));
            return;
        }
        if (indptr.length != samples + 1 || indptr[0] != 0 || indptr[samples] != data.length) {
            problems.add(Problem.of("/sample/matrix/indptr", ProblemCode.INVALID_VALUE, "expected " + (samples + 1)
                    + " pointers from 0 to " + data.length + "; found " + indptr.length));
            return;
        }
        for (int s = 0; s < samples; s++) {
            if (indptr[s] > indptr[s + 1] || indptr[s + 1] > data.length) {
                problems.add(Problem.of("/sample/matrix/indptr/" + (s + 1), ProblemCode.INVALID_VALUE,
                        "pointer " + indptr[s + 1] + " is below the one before it or beyond the " + data.length
                                + " values"));
                return;
            }
        }
        for (int s = 0; s < samples; s++) {
            for (long k = indptr[s]; k < indptr[s + 1]; k++) {
                long f = indices[(int) k];
                if (f < 0 || f >= features) {
                    problems.add(Problem.of("/sample/matrix/indices/" + k, ProblemCode.INVALID_VALUE, "observation index "
                            + f + " is out of range for " + features + " observations"));
                    continue;
                }
                table.add(s, (int) f, data[(int) k], "/sample/matrix/data/" + k, problems);
            }
        }
    }

    private static String @Nullable [][] taxonomy(HdfFile hdf, int features, List<Problem> problems, List<String> notes,
            long max) {
        String path = "/observation/metadata";
        Node node = guarded(path, () -> exists(hdf, path) ? hdf.getByPath(path) : null);
        if (!(node instanceof Group group)) {
            return null;
        }
        String[][] out = null;
        for (Map.Entry<String, Node> e : guarded(path, group::getChildren).entrySet()) {
            String at = path + "/" + e.getKey();
            if (!e.getKey().equals("taxonomy")) {
                notes.add(at + ": observation metadata other than taxonomy is not part of the profile");
                continue;
            }
            if (!(e.getValue() instanceof Dataset d)) {
                problems.add(Problem.of(at, ProblemCode.WRONG_TYPE, "taxonomy must be a dataset"));
                continue;
            }
            Object value = data(d, at, max);
            if (value instanceof String[][] levels && levels.length == features) {
                out = levels;
            } else if (value instanceof String[] single && single.length == features) {
                out = new String[features][];
                for (int i = 0; i < features; i++) {
                    out[i] = new String[] {single[i]};
                }
            } else {
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "taxonomy must hold text for each of the "
                        + features + " observations"));
            }
        }
        return out;
    }

    private static Map<String, String[]> sampleMetadata(HdfFile hdf, int samples, List<Problem> problems,
            List<String> notes, long max) {
        String path = "/sample/metadata";
        Map<String, String[]> out = new LinkedHashMap<>();
        Node node = guarded(path, () -> exists(hdf, path) ? hdf.getByPath(path) : null);
        if (!(node instanceof Group group)) {
            return out;
        }
        for (Map.Entry<String, Node> e : guarded(path, group::getChildren).entrySet()) {
            String at = path + "/" + e.getKey();
            if (!(e.getValue() instanceof Dataset d)) {
                notes.add(at + ": a group, not a metadata column; not part of the profile");
                continue;
            }
            Object value = data(d, at, max);
            if (value == null || !value.getClass().isArray() || Array.getLength(value) != samples) {
                problems.add(Problem.of(at, ProblemCode.INVALID_VALUE, "a metadata column needs one value for each of "
                        + "the " + samples + " samples"));
                continue;
            }
            String[] column = new String[samples];
            for (int i = 0; i < samples; i++) {
                column[i] = text(Array.get(value, i));
            }
            out.put(e.getKey(), column);
        }
        return out;
    }

    private static boolean exists(HdfFile hdf, String path) {
        try {
            hdf.getByPath(path);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static @Nullable Object dataset(HdfFile hdf, String path, List<Problem> problems, long max) {
        Node node = guarded(path, () -> exists(hdf, path) ? hdf.getByPath(path) : null);
        if (!(node instanceof Dataset d)) {
            problems.add(Problem.of(path, ProblemCode.MISSING_PROPERTY, "the dataset " + path + " is missing"));
            return null;
        }
        return data(d, path, max);
    }

    private static @Nullable Object data(Dataset d, String path, long max) {
        long size = guarded(path, d::getSize);
        if (size > max) {
            throw new InvalidDocumentException(List.of(Problem.of(path, ProblemCode.LIMIT_EXCEEDED, "the dataset has "
                    + size + " elements; at most " + max + " are read from a file of this size")));
        }
        // jhdf walks every element of a chunk: a forged chunk of 536870917 × 7 elements took minutes
        if (d instanceof ChunkedDataset chunked) {
            long chunk = 1;
            for (int n : guarded(path, chunked::getChunkDimensions)) {
                chunk = n <= 0 || chunk > max ? Long.MAX_VALUE : chunk * n;
            }
            if (chunk > max) {
                throw new InvalidDocumentException(List.of(Problem.of(path, ProblemCode.LIMIT_EXCEEDED, "a chunk of "
                        + "the dataset has more than " + max + " elements, the most read from a file of this size")));
            }
        }
        return guarded(path, d::getData);
    }

    private static String @Nullable [] strings(HdfFile hdf, String path, List<Problem> problems, long max) {
        Object value = dataset(hdf, path, problems, max);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String[] s)) {
            problems.add(Problem.of(path, ProblemCode.WRONG_TYPE, "expected a one-dimensional array of text"));
            return null;
        }
        return s;
    }

    private static double @Nullable [] doubles(HdfFile hdf, String path, List<Problem> problems, long max) {
        Object value = dataset(hdf, path, problems, max);
        if (value == null) {
            return null;
        }
        if (value instanceof double[] d) {
            return d;
        }
        long[] l = asLongs(value);
        if (l != null) {
            double[] out = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                out[i] = l[i];
            }
            return out;
        }
        if (value instanceof float[] f) {
            double[] out = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
            return out;
        }
        problems.add(Problem.of(path, ProblemCode.WRONG_TYPE, "expected a one-dimensional array of numbers"));
        return null;
    }

    private static long @Nullable [] integers(HdfFile hdf, String path, List<Problem> problems, long max) {
        Object value = dataset(hdf, path, problems, max);
        if (value == null) {
            return null;
        }
        long[] l = asLongs(value);
        if (l == null) {
            problems.add(Problem.of(path, ProblemCode.WRONG_TYPE, "expected a one-dimensional array of integers"));
        }
        return l;
    }

    private static long @Nullable [] longs(@Nullable Attribute attribute, String path, List<Problem> problems) {
        if (attribute == null) {
            problems.add(Problem.of(path, ProblemCode.MISSING_PROPERTY, "the attribute " + path + " is missing"));
            return null;
        }
        long[] l = asLongs(guarded(path, attribute::getData));
        if (l == null) {
            problems.add(Problem.of(path, ProblemCode.WRONG_TYPE, "expected integers"));
        }
        return l;
    }

    private static long @Nullable [] asLongs(@Nullable Object value) {
        if (value instanceof long[] l) {
            return l;
        }
        if (value instanceof int[] i) {
            long[] out = new long[i.length];
            for (int k = 0; k < i.length; k++) {
                out[k] = i[k];
            }
            return out;
        }
        return null;
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append(i == 0 ? "" : ", ").append(text(Array.get(value, i)));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    private static <T> T guarded(String path, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidDocumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InvalidDocumentException(List.of(Problem.of(path, ProblemCode.SYNTAX,
                    "not a readable BIOM 2.1 (HDF5) file: " + Quote.of(why))));
        }
    }
}
