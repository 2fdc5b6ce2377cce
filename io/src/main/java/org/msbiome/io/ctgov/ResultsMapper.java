package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.registry.RegistryId;
import org.msbiome.core.safety.SafetyReport;
import tools.jackson.databind.JsonNode;

/**
 * Maps a record's {@code resultsSection}: the adverse events (with withdrawals due to adverse events from the
 * participant flow) and the outcome measures. Results groups are matched to the design's arms by title
 * ({@link ArmMatcher}); every match is listed in {@link CtgovResults#groups()}.
 */
final class ResultsMapper {
    private ResultsMapper() {}

    static CtgovResults map(AccountingReader reader, JsonNode section, String p, Optional<TrialDesign> design,
            Optional<RegistryId> trial) {
        ArmMatcher matcher = new ArmMatcher(design.map(TrialDesign::arms).orElse(List.of()),
                design.map(TrialDesign::interventions).orElse(List.of()));
        List<GroupMatch> matches = new ArrayList<>();
        JsonNode flowModule = reader.object(section, p, "participantFlowModule");
        ParticipantFlowMapper.Flow flow = flowModule == null ? new ParticipantFlowMapper.Flow(Map.of(), reader)
                : ParticipantFlowMapper.map(reader, flowModule, p + "/participantFlowModule");
        JsonNode baseline = reader.object(section, p, "baselineCharacteristicsModule");
        if (baseline != null) {
            reader.because(p + "/baselineCharacteristicsModule", "baseline characteristics are not imported");
        }
        List<OutcomeResult> outcomes = List.of();
        JsonNode outcomeModule = reader.object(section, p, "outcomeMeasuresModule");
        if (outcomeModule != null) {
            outcomes = OutcomeMeasuresMapper.map(reader, outcomeModule, p + "/outcomeMeasuresModule", matcher, matches);
        }
        Optional<SafetyReport> safety = Optional.empty();
        JsonNode adverse = reader.object(section, p, "adverseEventsModule");
        if (adverse != null) {
            safety = Optional.of(AdverseEventsMapper.map(reader, adverse, p + "/adverseEventsModule", matcher, trial,
                    flow, matches));
        }
        if (section.get("moreInfoModule") != null) {
            reader.because(p + "/moreInfoModule", "limitations, agreements and contacts are not part of the vocabulary");
        }
        return new CtgovResults(safety, outcomes, matches);
    }
}
