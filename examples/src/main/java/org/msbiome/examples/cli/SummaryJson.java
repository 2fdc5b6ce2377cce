package org.msbiome.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.examples.catalog.PublishedPooledResult;
import org.msbiome.examples.summary.EvidenceSummary;
import org.msbiome.examples.validate.JsonLines;

/** {@code msbiome summarize --format json}: one object per study, the pooled estimate or why none, each published result. */
final class SummaryJson {
    private SummaryJson() {}

    static List<String> lines(EvidenceSummary summary, String outcomeCode) {
        List<String> lines = new ArrayList<>();
        for (EvidenceSummary.StudyRow row : summary.rows()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "study");
            f.put("outcome", outcomeCode);
            f.put("study", row.label());
            f.put("measure", summary.measure().code());
            row.effect().ifPresent(e -> {
                f.put("estimate", e.estimate());
                e.interval().ifPresent(ci -> {
                    f.put("lower", ci.lower());
                    f.put("upper", ci.upper());
                });
            });
            f.put("weight", row.weightPercent());
            f.put("status", row.status());
            f.put("flags", row.flags().stream().map(x -> x.describe()).toList());
            lines.add(JsonLines.line(f));
        }
        if (summary.pooled().isPresent()) {
            PooledSummary<EffectMeasure> p = summary.pooled().get();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "pooled");
            f.put("outcome", outcomeCode);
            f.put("measure", summary.measure().code());
            f.put("method", p.method().code());
            f.put("studies", p.studies());
            f.put("estimate", p.estimate());
            f.put("lower", p.confidenceInterval().lower());
            f.put("upper", p.confidenceInterval().upper());
            f.put("se", p.standardError());
            f.put("q", p.q());
            f.put("df", p.degreesOfFreedom());
            f.put("i2", p.i2());
            f.put("tau2", p.method().isRandomEffects() ? Optional.of(p.tau2()) : Optional.empty());
            p.predictionInterval().ifPresent(pi -> {
                f.put("predictionLower", pi.lower());
                f.put("predictionUpper", pi.upper());
            });
            f.put("excluded", p.excluded().stream().map(e -> e.study()).toList());
            lines.add(JsonLines.line(f));
        } else {
            lines.add(JsonLines.ordered("type", "not-pooled", "outcome", outcomeCode,
                    "message", summary.whyNotPooled().orElse("")));
        }
        for (PublishedPooledResult r : summary.published()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "published");
            f.put("outcome", outcomeCode);
            f.put("label", r.label());
            f.put("measure", r.measure().code());
            f.put("estimate", r.estimate());
            f.put("lower", r.interval().lower());
            f.put("upper", r.interval().upper());
            f.put("i2", r.i2());
            f.put("doi", r.citation().doi().map(Object::toString));
            lines.add(JsonLines.line(f));
        }
        return lines;
    }
}
