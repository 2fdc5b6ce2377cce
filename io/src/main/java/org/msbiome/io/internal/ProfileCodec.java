package org.msbiome.io.internal;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link CommunityProfile} (a final class, not a record) as a JSON object: {@code measurement},
 * {@code filtered}, {@code sumTolerance}, {@code features}, {@code samples}, and {@code values}, which maps a
 * sample ID to an object from feature ID to value holding only the non-zero values (a sparse table stays
 * sparse; a sample without values is left out), in sample and feature order.
 *
 * <p>Reading reports every problem with its pointer: a duplicate feature or sample ID (at its {@code id}), a
 * value of an undeclared sample or feature, a value that is not a finite number, and a value its
 * {@link ValueKind} forbids (counts that are negative or not integers, relative abundances out of range).
 * Sums (relative abundances summing to 1 or 100, rarefied samples to their depth) are the core constraint
 * {@code ConsistentProfileValues}, reported at the sample by the strict reader.
 */
final class ProfileCodec implements ObjectCodec<CommunityProfile> {
    private static final List<String> PROPERTIES = List.of("measurement", "filtered", "sumTolerance", "features",
            "samples", "values");
    /** Integral values up to 2^53 are written without a fraction; every such long is an exact double. */
    private static final double EXACT_LONG = 9007199254740992.0;
    /** A JSON number's decimal exponent beyond which it is no finite double (or underflows to zero). */
    private static final int MAX_EXPONENT = 400;

    private final Codec<ProfileMeasurement> measurement;
    private final Codec<Feature> feature;
    private final Codec<SampleInfo> sample;

    @SuppressWarnings("unchecked")
    ProfileCodec(Bindings bindings) {
        this.measurement = (Codec<ProfileMeasurement>) bindings.codecFor(ProfileMeasurement.class, "community-profile");
        this.feature = (Codec<Feature>) bindings.codecFor(Feature.class, "community-profile");
        this.sample = (Codec<SampleInfo>) bindings.codecFor(SampleInfo.class, "community-profile");
    }

    @Override
    public Class<?> javaType() {
        return CommunityProfile.class;
    }

    @Override
    public String expected() {
        return "an object (CommunityProfile)";
    }

    @Override
    public List<String> propertyNames() {
        return PROPERTIES;
    }

    @Override
    public @Nullable CommunityProfile decode(JsonNode node, Pointer at, Problems problems) {
        if (!node.isObject()) {
            return Codec.wrongType(this, node, at, problems);
        }
        int before = problems.count();
        int mark = problems.islandMark();
        for (String name : node.propertyNames()) {
            if (!PROPERTIES.contains(name)) {
                problems.add(at.property(name), ProblemCode.UNKNOWN_PROPERTY, "unknown property "
                        + JsonText.quote(name) + " of CommunityProfile; known properties: " + String.join(", ", PROPERTIES));
            }
        }
        ProfileMeasurement m = required(node, "measurement", measurement, at, problems);
        Boolean filtered = booleanOf(node.get("filtered"), at.property("filtered"), problems);
        Double tolerance = toleranceOf(node.get("sumTolerance"), at.property("sumTolerance"), problems);
        List<Feature> features = list(node, "features", feature, Feature::id, at, problems);
        List<SampleInfo> samples = list(node, "samples", sample, SampleInfo::id, at, problems);
        JsonNode values = node.get("values");
        if (values == null) {
            problems.add(at.property("values"), ProblemCode.MISSING_PROPERTY, "missing property 'values'; expected "
                    + "an object from sample ID to an object from feature ID to value");
            return null;
        }
        if (!values.isObject()) {
            problems.add(at.property("values"), ProblemCode.WRONG_TYPE, "expected an object from sample ID to an "
                    + "object from feature ID to value, found " + Codec.jsonTypeOf(values));
            return null;
        }
        if (m == null || features == null || samples == null || filtered == null || tolerance == null
                || problems.count() > before) {
            return null;
        }
        CommunityProfile.Builder builder;
        try {
            builder = CommunityProfile.builder(m, features, samples).filtered(filtered).sumTolerance(tolerance);
        } catch (RuntimeException e) {
            problems.add(at, ProblemCode.INVALID_VALUE, String.valueOf(e.getMessage()));
            return null;
        }
        readValues(values, at.property("values"), m.values(), ids(samples, SampleInfo::id), ids(features, Feature::id),
                builder, problems);
        if (problems.count() > before) {
            return null;
        }
        try {
            CommunityProfile profile = builder.build();
            problems.decoded(mark, profile, at, this, node);
            return profile;
        } catch (RuntimeException e) {
            problems.add(at, ProblemCode.INVALID_VALUE, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /**
     * The problem of a violation of a profile read from JSON: a sample's rule (its sum, its rarefaction depth)
     * at the sample's values ({@code /values/<sample ID>}), or at the sample when it has none; a violation in
     * the measurement at its place in the measurement.
     */
    Problem problemOf(ConstraintViolation<?> violation, Problems.Island island) {
        CommunityProfile profile = (CommunityProfile) island.value();
        List<Object> steps = ViolationPointers.steps(violation);
        if (steps.size() == 2 && "samples".equals(steps.get(0)) && steps.get(1) instanceof Integer i
                && i < profile.samples().size()) {
            String id = profile.samples().get(i).id();
            JsonNode values = island.json().get("values");
            Pointer at = values != null && values.has(id) ? island.at().property("values").property(id)
                    : island.at().property("samples").index(i);
            return Problem.of(at.toString(), ProblemCode.CONSTRAINT_VIOLATION,
                    violation.getMessage() + " (sample " + JsonText.quote(id) + ")");
        }
        JsonNode measurementJson = island.json().get("measurement");
        if (!steps.isEmpty() && "measurement".equals(steps.get(0)) && measurementJson != null) {
            return ViolationPointers.problemOf(violation, new Problems.Island(profile.measurement(),
                    island.at().property("measurement"), measurement, measurementJson), 1);
        }
        return Problem.of(island.at().toString(), ProblemCode.CONSTRAINT_VIOLATION, violation.getMessage()
                + (steps.isEmpty() ? "" : " (at " + violation.getPropertyPath() + ")"));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> out = new HashSet<>();
        items.forEach(item -> out.add(id.apply(item)));
        return out;
    }

    private static void readValues(JsonNode values, Pointer at, ValueKind kind, Set<String> sampleIds,
            Set<String> featureIds, CommunityProfile.Builder builder, Problems problems) {
        for (Map.Entry<String, JsonNode> row : values.properties()) {
            Pointer here = at.property(row.getKey());
            if (!row.getValue().isObject()) {
                problems.add(here, ProblemCode.WRONG_TYPE, "expected an object from feature ID to value, found "
                        + Codec.jsonTypeOf(row.getValue()));
                continue;
            }
            if (!sampleIds.contains(row.getKey())) {
                problems.add(here, ProblemCode.INVALID_VALUE, "sample " + JsonText.quote(row.getKey())
                        + " is not one of the profile's samples");
                continue;
            }
            for (Map.Entry<String, JsonNode> cell : row.getValue().properties()) {
                Pointer p = here.property(cell.getKey());
                if (!featureIds.contains(cell.getKey())) {
                    problems.add(p, ProblemCode.INVALID_VALUE, "feature " + JsonText.quote(cell.getKey())
                            + " is not one of the profile's features");
                    continue;
                }
                Double v = numberOf(cell.getValue(), p, kind, problems);
                if (v != null) {
                    builder.set(row.getKey(), cell.getKey(), v);
                }
            }
        }
    }

    private static @Nullable Double numberOf(JsonNode node, Pointer at, ValueKind kind, Problems problems) {
        Double finite = finite(node, at, problems);
        if (finite == null) {
            return null;
        }
        double v = finite;
        if (kind.isCounts() && (v < 0 || v != Math.rint(v))) {
            problems.add(at, ProblemCode.INVALID_VALUE, "value " + node + " is not a count: " + kind.code()
                    + " are non-negative integers");
            return null;
        }
        if (kind.fullSum() > 0 && (v < 0 || v > kind.fullSum())) {
            problems.add(at, ProblemCode.INVALID_VALUE, "value " + node + " is out of range: " + kind.code()
                    + " are between 0 and " + (kind == ValueKind.PERCENT ? "100" : "1"));
            return null;
        }
        return v;
    }

    /** A JSON number as a finite double, its decimal exponent bounded before any conversion. */
    private static @Nullable Double finite(JsonNode node, Pointer at, Problems problems) {
        if (!node.isNumber()) {
            problems.add(at, ProblemCode.WRONG_TYPE, "expected a number, found " + Codec.jsonTypeOf(node));
            return null;
        }
        if (node.isBigDecimal() || node.isBigInteger()) {
            BigDecimal d = node.decimalValue();
            // bound the exponent before any arithmetic: precision - scale is the decimal exponent + 1
            long exponent = (long) d.precision() - d.scale();
            if (d.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT)) {
                problems.add(at, ProblemCode.INVALID_VALUE, "number with decimal exponent " + exponent
                        + " is out of range; values are finite doubles");
                return null;
            }
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            problems.add(at, ProblemCode.INVALID_VALUE, "value is not a finite number");
            return null;
        }
        return v;
    }

    private static <T> @Nullable T required(JsonNode node, String name, Codec<T> codec, Pointer at, Problems problems) {
        JsonNode value = node.get(name);
        if (value == null) {
            problems.add(at.property(name), ProblemCode.MISSING_PROPERTY, "missing property " + JsonText.quote(name)
                    + "; expected " + codec.expected());
            return null;
        }
        if (value.isNull()) {
            problems.add(at.property(name), ProblemCode.NULL_VALUE, "null is not allowed; expected " + codec.expected());
            return null;
        }
        return codec.decode(value, at.property(name), problems);
    }

    private static @Nullable Boolean booleanOf(@Nullable JsonNode node, Pointer at, Problems problems) {
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add(at, ProblemCode.WRONG_TYPE, "expected a boolean, found " + Codec.jsonTypeOf(node));
            return null;
        }
        return node.booleanValue();
    }

    private static @Nullable Double toleranceOf(@Nullable JsonNode node, Pointer at, Problems problems) {
        if (node == null) {
            return CommunityProfile.DEFAULT_SUM_TOLERANCE;
        }
        Double d = finite(node, at, problems);
        if (d != null && d < 0) {
            problems.add(at, ProblemCode.INVALID_VALUE, "sum tolerance " + node + " is negative");
            return null;
        }
        return d;
    }

    private static <T> @Nullable List<T> list(JsonNode node, String name, Codec<T> codec,
            Function<T, String> id, Pointer at, Problems problems) {
        JsonNode array = node.get(name);
        Pointer here = at.property(name);
        if (array == null) {
            problems.add(here, ProblemCode.MISSING_PROPERTY, "missing property " + JsonText.quote(name)
                    + "; expected an array");
            return null;
        }
        if (!array.isArray()) {
            problems.add(here, ProblemCode.WRONG_TYPE, "expected an array, found " + Codec.jsonTypeOf(array));
            return null;
        }
        List<T> out = new ArrayList<>(array.size());
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            T value = element.isNull() ? null : codec.decode(element, here.index(i), problems);
            if (element.isNull()) {
                problems.add(here.index(i), ProblemCode.NULL_VALUE, "null is not allowed; expected " + codec.expected());
            }
            if (value == null) {
                ok = false;
                continue;
            }
            Integer first = seen.putIfAbsent(id.apply(value), i);
            if (first != null) {
                problems.add(here.index(i).property("id"), ProblemCode.INVALID_VALUE, "ID " + JsonText.quote(id.apply(value))
                        + " occurs twice (first at " + here.index(first) + "); IDs in " + name + " are unique");
                ok = false;
            }
            out.add(value);
        }
        return ok ? out : null;
    }

    @Override
    public void encode(CommunityProfile value, JsonGenerator generator) {
        generator.writeStartObject();
        encodeMembers(value, generator);
        generator.writeEndObject();
    }

    @Override
    public void encodeMembers(CommunityProfile p, JsonGenerator generator) {
        generator.writeName("measurement");
        measurement.encode(p.measurement(), generator);
        generator.writeName("filtered");
        generator.writeBoolean(p.filtered());
        generator.writeName("sumTolerance");
        writeNumber(p.sumTolerance(), generator);
        generator.writeName("features");
        generator.writeStartArray();
        p.features().forEach(f -> feature.encode(f, generator));
        generator.writeEndArray();
        generator.writeName("samples");
        generator.writeStartArray();
        p.samples().forEach(s -> sample.encode(s, generator));
        generator.writeEndArray();
        generator.writeName("values");
        generator.writeStartObject();
        for (int s = 0; s < p.samples().size(); s++) {
            int[] nonZero = p.nonZeroFeatures(s);
            if (nonZero.length == 0) {
                continue;
            }
            double[] v = p.nonZeroValues(s);
            generator.writeName(p.samples().get(s).id());
            generator.writeStartObject();
            for (int k = 0; k < nonZero.length; k++) {
                generator.writeName(p.features().get(nonZero[k]).id());
                writeNumber(v[k], generator);
            }
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    private static void writeNumber(double v, JsonGenerator generator) {
        if (v == Math.rint(v) && Math.abs(v) <= EXACT_LONG) {
            generator.writeNumber((long) v);
        } else {
            generator.writeNumber(v);
        }
    }

    @Override
    public JsonNode schema(SchemaContext context) {
        return context.ref("CommunityProfile", () -> objectSchema(context, context.object()));
    }

    @Override
    public ObjectNode objectSchema(SchemaContext context, ObjectNode extra) {
        ObjectNode schema = context.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = context.nodes().arrayNode();
        for (Map.Entry<String, JsonNode> e : extra.properties()) {
            properties.set(e.getKey(), e.getValue());
            required.add(e.getKey());
        }
        properties.set("measurement", measurement.schema(context));
        properties.set("filtered", context.object().put("type", "boolean"));
        properties.set("sumTolerance", context.object().put("type", "number").put("minimum", 0));
        properties.set("features", context.object().put("type", "array").set("items", feature.schema(context)));
        properties.set("samples", context.object().put("type", "array").set("items", sample.schema(context)));
        ObjectNode row = context.object().put("type", "object");
        row.set("additionalProperties", context.object().put("type", "number"));
        ObjectNode values = context.object().put("type", "object")
                .put("description", "sample ID -> feature ID -> non-zero value; zeros and empty samples left out");
        values.set("additionalProperties", row);
        properties.set("values", values);
        for (String name : List.of("measurement", "features", "samples", "values")) {
            required.add(name);
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }
}
