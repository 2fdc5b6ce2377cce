package org.msbiome.io.ctgov;

import java.util.List;
import java.util.Optional;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.outcome.OutcomeRole;
import tools.jackson.databind.JsonNode;

/** Maps the {@code outcomesModule}: primary, secondary and other pre-specified outcomes, as custom measures. */
final class OutcomesMapper {
    private OutcomesMapper() {}

    static void map(AccountingReader reader, TrialDesign.Builder builder, JsonNode module, String p) {
        outcomes(reader, builder, module, p, "primaryOutcomes", OutcomeRole.PRIMARY);
        outcomes(reader, builder, module, p, "secondaryOutcomes", OutcomeRole.SECONDARY);
        outcomes(reader, builder, module, p, "otherOutcomes", OutcomeRole.OTHER_PRE_SPECIFIED);
    }

    private static void outcomes(AccountingReader reader, TrialDesign.Builder builder, JsonNode module, String p,
            String name, OutcomeRole role) {
        List<JsonNode> nodes = reader.array(module, p, name);
        for (int i = 0; i < nodes.size(); i++) {
            String op = p + "/" + name + "/" + i;
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                reader.reject(op, node, "expected an outcome object");
                continue;
            }
            AccountingReader part = reader.tentative();
            Optional<String> measure = part.text(node, op, "measure");
            Optional<String> description = part.text(node, op, "description");
            Optional<String> timeFrame = part.text(node, op, "timeFrame");
            if (measure.isPresent()) {
                builder.outcome(new Outcome(Optional.of(role), new CustomMeasure(measure.get(), description,
                        Optional.empty()), timeFrame));
                part.commit();
            } else {
                if (node.get("measure") == null) {
                    part.reject(op + "/measure", null, "missing: an outcome needs its measure; not imported");
                }
                part.because(op, "the outcome was not imported: see the rejected values");
            }
        }
    }
}
