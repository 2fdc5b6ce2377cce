package org.msbiome.io.biom;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.Feature;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.core.microbiome.SampleInfo;
import org.msbiome.core.microbiome.ValueKind;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;

/** Collects a table's features, samples and values, and builds the profile or reports every problem. */
final class TableAssembler {
    static final String SUBJECT = "msbiome:subject";
    static final String TIME_POINT = "msbiome:time-point";
    static final String GROUP = "msbiome:group";

    final List<Feature> features = new ArrayList<>();
    final List<SampleInfo> samples = new ArrayList<>();
    private int[] sampleOf = new int[64];
    private int[] featureOf = new int[64];
    private double[] valueOf = new double[64];
    private String[] whereOf = new String[64];
    private int size;
    private boolean allIntegers = true;
    private boolean filtered;

    TableAssembler filtered() {
        filtered = true;
        return this;
    }

    static SampleInfo sample(String id, Map<String, String> metadata) {
        Map<String, String> attributes = new LinkedHashMap<>(metadata);
        Optional<String> subject = Optional.ofNullable(attributes.remove(SUBJECT));
        Optional<String> time = Optional.ofNullable(attributes.remove(TIME_POINT));
        Optional<String> group = Optional.ofNullable(attributes.remove(GROUP));
        return new SampleInfo(id, subject, time, group, attributes);
    }

    void add(int sample, int feature, double value, String where, List<Problem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(Problem.of(where, ProblemCode.INVALID_VALUE, "value " + value + " is not finite"));
            return;
        }
        if (value == 0) {
            return;
        }
        if (size == sampleOf.length) {
            int n = size * 2;
            sampleOf = java.util.Arrays.copyOf(sampleOf, n);
            featureOf = java.util.Arrays.copyOf(featureOf, n);
            valueOf = java.util.Arrays.copyOf(valueOf, n);
            whereOf = java.util.Arrays.copyOf(whereOf, n);
        }
        allIntegers &= value == Math.rint(value);
        sampleOf[size] = sample;
        featureOf[size] = feature;
        valueOf[size] = value;
        whereOf[size] = where;
        size++;
    }

    ProfileImport build(boolean declaredIntegers, String reason, @Nullable ProfileMeasurement measurement,
            List<Problem> problems, List<String> notes) {
        unique(features.stream().map(Feature::id).toList(), "feature", problems);
        unique(samples.stream().map(SampleInfo::id).toList(), "sample", problems);
        ProfileMeasurement m = measurement;
        if (m == null) {
            if (declaredIntegers || allIntegers) {
                m = ProfileMeasurement.ofValues(ValueKind.COUNTS);
                notes.add("values read as counts: " + (declaredIntegers ? reason : "every value is a whole number")
                        + "; nothing else is known about how the profile was measured");
            } else {
                problems.add(Problem.of("", ProblemCode.INVALID_VALUE, "the values are not all whole numbers, so "
                        + "they are not counts; give a measurement that says what they are"));
            }
        }
        if (!problems.isEmpty() || m == null) {
            throw new InvalidDocumentException(problems);
        }
        CommunityProfile.Builder builder;
        CommunityProfile profile;
        try {
            builder = CommunityProfile.builder(m, features, samples).filtered(filtered);
            for (int i = 0; i < size; i++) {
                builder.set(sampleOf[i], featureOf[i], valueOf[i]);
            }
            profile = builder.build();
        } catch (IllegalArgumentException e) {
            // a value given twice for one sample and feature: the message names both
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.INVALID_VALUE, e.getMessage())));
        }
        for (ConstraintViolation<CommunityProfile> v : MsbiomeValidation.validator().validate(profile)) {
            problems.add(Problem.of("/" + v.getPropertyPath().toString().replace('[', '/').replace("]", ""),
                    ProblemCode.CONSTRAINT_VIOLATION, v.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return new ProfileImport(profile, notes);
    }

    private static void unique(List<String> ids, String what, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!id.isEmpty() && !seen.add(id)) {
                problems.add(Problem.of("", ProblemCode.INVALID_VALUE, what + " ID " + Quote.of(id)
                        + " occurs more than once"));
            }
        }
    }
}
