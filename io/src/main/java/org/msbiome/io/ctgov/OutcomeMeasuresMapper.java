package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.effect.EffectSizes;
import org.msbiome.core.effect.MeanSummary;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code outcomeMeasuresModule} of the results: per outcome measure the measurements of each group
 * (with {@code paramType} and {@code dispersionType} read as the API defines them, never guessed), the
 * reported analyses, and the mean difference of two groups where the values are means with an SD or SE and
 * one group's arm is a comparator without active treatment ({@link ArmMatcher#comparatorReason}).
 */
final class OutcomeMeasuresMapper {
    private static final String NOT_IMPORTED = "descriptions, population, reporting status and analysis comments are "
            + "not part of the vocabulary";

    private OutcomeMeasuresMapper() {}

    static List<OutcomeResult> map(AccountingReader reader, JsonNode module, String p, ArmMatcher arms,
            List<GroupMatch> matches) {
        List<OutcomeResult> out = new ArrayList<>();
        List<JsonNode> nodes = reader.array(module, p, "outcomeMeasures");
        for (int i = 0; i < nodes.size(); i++) {
            String op = p + "/outcomeMeasures/" + i;
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                reader.reject(op, node, "expected an outcome measure object");
                continue;
            }
            reader.because(op, NOT_IMPORTED);
            Optional<String> title = reader.text(node, op, "title");
            if (title.isEmpty()) {
                reader.reject(op + "/title", node.get("title"), "an outcome measure needs its title; not imported");
                continue;
            }
            Optional<MeasureParam> param = reader.code(node, op, "paramType", MeasureParam::fromCode);
            Optional<MeasureDispersion> dispersion = reader.code(node, op, "dispersionType", MeasureDispersion::fromText);
            Map<String, Optional<String>> armOf = new LinkedHashMap<>();
            List<JsonNode> groups = reader.array(node, op, "groups");
            for (int g = 0; g < groups.size(); g++) {
                String gp = op + "/groups/" + g;
                JsonNode group = groups.get(g);
                Optional<String> id = group.isObject() ? reader.text(group, gp, "id") : Optional.empty();
                Optional<String> groupTitle = group.isObject() ? reader.text(group, gp, "title") : Optional.empty();
                if (id.isPresent() && groupTitle.isPresent()) {
                    armOf.put(id.get(), arms.match(gp, id.get(), groupTitle.get(), matches));
                }
            }
            Map<String, Integer> n = denominators(reader, node, op);
            List<OutcomeMeasurement> measurements = measurements(reader, node, op, n);
            List<OutcomeAnalysis> analyses = analyses(reader, node, op);
            List<OutcomeEffect> effects = effects(param, dispersion, measurements, armOf, arms);
            out.add(new OutcomeResult(op, title.get(), reader.text(node, op, "type"), param, dispersion,
                    reader.text(node, op, "unitOfMeasure"), reader.text(node, op, "timeFrame"), measurements,
                    analyses, effects));
        }
        return out;
    }

    /** The first denominator's count per group (the number analysed). */
    private static Map<String, Integer> denominators(AccountingReader reader, JsonNode node, String op) {
        Map<String, Integer> n = new LinkedHashMap<>();
        List<JsonNode> denoms = reader.array(node, op, "denoms");
        if (denoms.isEmpty() || !denoms.get(0).isObject()) {
            return n;
        }
        String dp = op + "/denoms/0";
        reader.text(denoms.get(0), dp, "units");
        List<JsonNode> counts = reader.array(denoms.get(0), dp, "counts");
        for (int c = 0; c < counts.size(); c++) {
            String cp = dp + "/counts/" + c;
            JsonNode count = counts.get(c);
            Optional<String> value = count.isObject() ? reader.rawString(count, cp, "value") : Optional.empty();
            Optional<String> group = count.isObject() ? reader.rawString(count, cp, "groupId") : Optional.empty();
            if (value.isPresent() && group.isPresent() && value.get().matches("[0-9]{1,9}")) {
                n.put(group.get(), Integer.valueOf(value.get()));
                reader.mark(cp + "/value");
                reader.mark(cp + "/groupId");
            } else if (value.isPresent()) {
                reader.reject(cp + "/value", count.get("value"), "expected a whole number of participants");
            }
        }
        return n;
    }

    private static List<OutcomeMeasurement> measurements(AccountingReader reader, JsonNode node, String op,
            Map<String, Integer> n) {
        List<OutcomeMeasurement> out = new ArrayList<>();
        List<JsonNode> classes = reader.array(node, op, "classes");
        for (int c = 0; c < classes.size(); c++) {
            String cp = op + "/classes/" + c;
            JsonNode cls = classes.get(c);
            Optional<String> classTitle = reader.text(cls, cp, "title");
            List<JsonNode> categories = reader.array(cls, cp, "categories");
            for (int k = 0; k < categories.size(); k++) {
                String kp = cp + "/categories/" + k;
                JsonNode category = categories.get(k);
                Optional<String> categoryTitle = reader.text(category, kp, "title");
                List<JsonNode> ms = reader.array(category, kp, "measurements");
                for (int m = 0; m < ms.size(); m++) {
                    String mp = kp + "/measurements/" + m;
                    JsonNode measurement = ms.get(m);
                    AccountingReader part = reader.tentative();
                    Optional<String> group = part.text(measurement, mp, "groupId");
                    Optional<String> value = part.text(measurement, mp, "value");
                    if (group.isEmpty() || value.isEmpty()) {
                        part.reject(mp, null, "a measurement needs its group and value; not imported");
                        continue;
                    }
                    out.add(new OutcomeMeasurement(group.get(), classTitle, categoryTitle, value.get(),
                            part.text(measurement, mp, "spread"), part.text(measurement, mp, "lowerLimit"),
                            part.text(measurement, mp, "upperLimit"), Optional.ofNullable(n.get(group.get()))));
                    part.commit();
                }
            }
        }
        return out;
    }

    private static List<OutcomeAnalysis> analyses(AccountingReader reader, JsonNode node, String op) {
        List<OutcomeAnalysis> out = new ArrayList<>();
        List<JsonNode> analyses = reader.array(node, op, "analyses");
        for (int a = 0; a < analyses.size(); a++) {
            String ap = op + "/analyses/" + a;
            JsonNode analysis = analyses.get(a);
            if (!analysis.isObject()) {
                reader.reject(ap, analysis, "expected an analysis object");
                continue;
            }
            out.add(new OutcomeAnalysis(List.copyOf(reader.strings(analysis, ap, "groupIds").values()),
                    reader.text(analysis, ap, "pValue"), reader.text(analysis, ap, "statisticalMethod"),
                    reader.text(analysis, ap, "paramType"), reader.text(analysis, ap, "paramValue"),
                    reader.text(analysis, ap, "ciPctValue"), reader.text(analysis, ap, "ciLowerLimit"),
                    reader.text(analysis, ap, "ciUpperLimit")));
        }
        return out;
    }

    /**
     * The mean difference (treatment − comparator) when the measure has one class and category, two groups,
     * means ({@code MEAN} or {@code LEAST_SQUARES_MEAN}) with an SD or SE, the number analysed in each group,
     * and exactly one group whose arm is a placebo or sham comparator. An SE is converted to an SD as
     * SE·√n, which the effect's computation records.
     */
    private static List<OutcomeEffect> effects(Optional<MeasureParam> param, Optional<MeasureDispersion> dispersion,
            List<OutcomeMeasurement> measurements, Map<String, Optional<String>> armOf, ArmMatcher arms) {
        if (param.isEmpty() || (param.get() != MeasureParam.MEAN && param.get() != MeasureParam.LEAST_SQUARES_MEAN)
                || dispersion.isEmpty() || measurements.size() != 2) {
            return List.of();
        }
        MeasureDispersion d = dispersion.get();
        if (d != MeasureDispersion.STANDARD_DEVIATION && d != MeasureDispersion.STANDARD_ERROR) {
            return List.of();
        }
        OutcomeMeasurement control = null;
        OutcomeMeasurement treatment = null;
        String why = "";
        for (OutcomeMeasurement m : measurements) {
            Optional<String> comparator = armOf.getOrDefault(m.group(), Optional.empty())
                    .flatMap(arms::comparatorReason);
            if (comparator.isPresent() && control == null) {
                control = m;
                why = comparator.get();
            } else if (comparator.isEmpty() && treatment == null) {
                treatment = m;
            }
        }
        if (control == null || treatment == null) {
            return List.of();
        }
        try {
            MeanSummary t = summary(treatment, d);
            MeanSummary c = summary(control, d);
            return List.of(new OutcomeEffect(treatment.group(), control.group(), EffectSizes.meanDifference(t, c),
                    param.get().code() + " with " + d.code() + " and n from the first denominator; "
                            + treatment.group() + " minus " + control.group() + " (comparator: " + why + ")"));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static MeanSummary summary(OutcomeMeasurement m, MeasureDispersion d) {
        int n = m.participants().orElseThrow(() -> new IllegalArgumentException("no n"));
        double mean = Double.parseDouble(number(m.value()));
        double spread = Double.parseDouble(number(m.spread().orElseThrow(() -> new IllegalArgumentException("no spread"))));
        return d == MeasureDispersion.STANDARD_DEVIATION ? MeanSummary.ofSd(n, mean, spread)
                : MeanSummary.ofSe(n, mean, spread);
    }

    /** A plain decimal of at most 15 significant characters, checked before it is parsed. */
    private static String number(String text) {
        if (!text.matches("-?[0-9]{1,9}(\\.[0-9]{1,6})?")) {
            throw new IllegalArgumentException("not a plain decimal");
        }
        return text;
    }
}
