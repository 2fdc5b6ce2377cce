package org.msbiome.io.biom;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.taxonomy.LineageNotation;
import tools.jackson.databind.json.JsonMapper;

/** Writes BIOM 1.0 JSON (sparse). */
final class BiomJsonWriter {
    private BiomJsonWriter() {}

    static String write(CommunityProfile profile, String generatedBy, Instant date) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(generatedBy, "generatedBy");
        Objects.requireNonNull(date, "date");
        boolean counts = profile.measurement().values().isCounts();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", null);
        root.put("format", "Biological Observation Matrix 1.0.0");
        root.put("format_url", "http://biom-format.org");
        root.put("type", "OTU table");
        root.put("generated_by", generatedBy);
        root.put("date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)));
        List<Object> rows = new ArrayList<>();
        for (Feature f : profile.features()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", f.id());
            if (f.lineage().isPresent()) {
                String text = f.lineage().get().format(LineageNotation.GREENGENES);
                row.put("metadata", Map.of("taxonomy", Arrays.stream(text.split(";")).map(String::strip).toList()));
            } else if (f.unparsedLineage().isPresent()) {
                row.put("metadata", Map.of("taxonomy", f.unparsedLineage().get()));
            } else {
                row.put("metadata", null);
            }
            rows.add(row);
        }
        root.put("rows", rows);
        List<Object> columns = new ArrayList<>();
        for (SampleInfo s : profile.samples()) {
            Map<String, String> md = new LinkedHashMap<>(s.attributes());
            s.subject().ifPresent(v -> md.put(TableAssembler.SUBJECT, v));
            s.timePoint().ifPresent(v -> md.put(TableAssembler.TIME_POINT, v));
            s.group().ifPresent(v -> md.put(TableAssembler.GROUP, v));
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("id", s.id());
            column.put("metadata", md.isEmpty() ? null : md);
            columns.add(column);
        }
        root.put("columns", columns);
        root.put("matrix_type", "sparse");
        root.put("matrix_element_type", counts ? "int" : "float");
        root.put("shape", List.of(profile.features().size(), profile.samples().size()));
        // BIOM 1.0 lists [row, column, value] by observation: transpose the sample-major storage.
        int nnz = profile.nonZeroCount();
        long[] keys = new long[nnz];
        double[] values = new double[nnz];
        int k = 0;
        for (int s = 0; s < profile.samples().size(); s++) {
            int[] f = profile.nonZeroFeatures(s);
            double[] v = profile.nonZeroValues(s);
            for (int i = 0; i < f.length; i++) {
                keys[k] = ((long) f[i] << 32) | s;
                values[k++] = v[i];
            }
        }
        Integer[] order = new Integer[nnz];
        for (int i = 0; i < nnz; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<Object> data = new ArrayList<>(nnz);
        for (int i : order) {
            Object value = counts ? (Object) (long) values[i] : (Object) values[i];
            data.add(List.of((int) (keys[i] >>> 32), (int) keys[i], value));
        }
        root.put("data", data);
        return JsonMapper.shared().writeValueAsString(root);
    }
}
