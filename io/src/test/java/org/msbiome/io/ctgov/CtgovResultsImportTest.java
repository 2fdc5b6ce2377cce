package org.msbiome.io.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.effect.SdConversion;
import org.msbiome.core.safety.AdverseEvent;
import org.msbiome.core.safety.EventTable;
import org.msbiome.core.safety.GroupCounts;
import org.msbiome.core.safety.GroupTotals;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.safety.Withdrawals;
import tools.jackson.databind.JsonNode;

/**
 * Imports the results of the real records NCT02210780 and NCT00763412 (ClinicalTrials.gov API v2, public
 * repository ctti-clinicaltrials/aact, spec/support/json_data) and checks them against the JSON, walking it.
 */
class CtgovResultsImportTest {

    private static Optional<Integer> integer(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null ? Optional.empty() : Optional.of(v.asInt());
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null ? Optional.empty() : Optional.of(v.asString().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT02210780.json", "NCT00763412.json"})
    void eventGroupsAndTheirTotalsEqualTheSource(String file) {
        JsonNode module = CtgovRecords.tree(file).get("resultsSection").get("adverseEventsModule");
        SafetyReport report = CtgovRecords.load(file).results().orElseThrow().safety().orElseThrow();

        JsonNode groups = module.get("eventGroups");
        assertThat(report.groups()).hasSize(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            assertThat(report.groups().get(i).id()).isEqualTo(g.get("id").asString());
            assertThat(report.groups().get(i).title()).isEqualTo(g.get("title").asString());
            GroupTotals totals = report.totalsOf(g.get("id").asString()).orElseThrow();
            assertThat(totals.deathsAffected()).isEqualTo(integer(g, "deathsNumAffected"));
            assertThat(totals.deathsAtRisk()).isEqualTo(integer(g, "deathsNumAtRisk"));
            assertThat(totals.seriousAffected()).isEqualTo(integer(g, "seriousNumAffected"));
            assertThat(totals.seriousAtRisk()).isEqualTo(integer(g, "seriousNumAtRisk"));
            assertThat(totals.otherAffected()).isEqualTo(integer(g, "otherNumAffected"));
            assertThat(totals.otherAtRisk()).isEqualTo(integer(g, "otherNumAtRisk"));
        }
        assertThat(report.reporting().timeFrame()).isEqualTo(text(module, "timeFrame"));
        assertThat(report.reporting().collection()).isEqualTo(text(module, "description"));
        assertThat(report.reporting().otherEventsThreshold().orElseThrow().percent())
                .isEqualByComparingTo(module.get("frequencyThreshold").asString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT02210780.json", "NCT00763412.json"})
    void seriousAndOtherEventsWithTheirCountsEqualTheSource(String file) {
        JsonNode module = CtgovRecords.tree(file).get("resultsSection").get("adverseEventsModule");
        SafetyReport report = CtgovRecords.load(file).results().orElseThrow().safety().orElseThrow();

        assertEvents(module.get("seriousEvents"), report.seriousEvents());
        assertEvents(module.get("otherEvents"), report.otherEvents());
    }

    private static void assertEvents(JsonNode source, Optional<EventTable> table) {
        if (source == null) {
            assertThat(table).as("a list the record does not have is not an empty list").isEmpty();
            return;
        }
        List<AdverseEvent> events = table.orElseThrow().events();
        assertThat(events).hasSize(source.size());
        for (int i = 0; i < source.size(); i++) {
            JsonNode e = source.get(i);
            AdverseEvent event = events.get(i);
            assertThat(event.term()).isEqualTo(e.get("term").asString());
            assertThat(event.organSystem()).isEqualTo(text(e, "organSystem"));
            assertThat(event.vocabulary().orElseThrow().toString()).isEqualTo(e.get("sourceVocabulary").asString());
            assertThat(event.assessment().orElseThrow().code()).isEqualTo(e.get("assessmentType").asString());
            JsonNode stats = e.get("stats");
            assertThat(event.counts()).hasSize(stats.size());
            for (int j = 0; j < stats.size(); j++) {
                JsonNode s = stats.get(j);
                GroupCounts counts = event.counts().get(j);
                assertThat(counts.group()).isEqualTo(s.get("groupId").asString());
                assertThat(counts.events()).isEqualTo(integer(s, "numEvents"));
                assertThat(counts.participantsAffected()).isEqualTo(integer(s, "numAffected"));
                assertThat(counts.participantsAtRisk()).isEqualTo(integer(s, "numAtRisk"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT02210780.json", "NCT00763412.json"})
    void everyOutcomeMeasurementEqualsTheSource(String file) {
        JsonNode measures = CtgovRecords.tree(file).get("resultsSection").get("outcomeMeasuresModule")
                .get("outcomeMeasures");
        List<OutcomeResult> outcomes = CtgovRecords.load(file).results().orElseThrow().outcomes();

        assertThat(outcomes).hasSize(measures.size());
        int total = 0;
        for (int i = 0; i < measures.size(); i++) {
            JsonNode measure = measures.get(i);
            OutcomeResult outcome = outcomes.get(i);
            assertThat(outcome.title()).isEqualTo(measure.get("title").asString());
            assertThat(outcome.param().map(MeasureParam::code)).isEqualTo(text(measure, "paramType"));
            assertThat(outcome.unit()).isEqualTo(text(measure, "unitOfMeasure"));
            assertThat(outcome.timeFrame()).isEqualTo(text(measure, "timeFrame"));
            List<JsonNode> source = new ArrayList<>();
            measure.get("classes").values().forEach(c -> c.get("categories").values()
                    .forEach(k -> k.get("measurements").values().forEach(source::add)));
            assertThat(outcome.measurements()).hasSize(source.size());
            for (int m = 0; m < source.size(); m++) {
                JsonNode s = source.get(m);
                OutcomeMeasurement imported = outcome.measurements().get(m);
                assertThat(imported.group()).isEqualTo(s.get("groupId").asString());
                assertThat(imported.value()).isEqualTo(s.get("value").asString());
                assertThat(imported.spread()).isEqualTo(text(s, "spread"));
                assertThat(imported.lowerLimit()).isEqualTo(text(s, "lowerLimit"));
                assertThat(imported.upperLimit()).isEqualTo(text(s, "upperLimit"));
                total++;
            }
        }
        assertThat(total).isEqualTo(file.startsWith("NCT02210780") ? 28 : 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NCT02210780.json", "NCT00763412.json"})
    void everyLeafOfTheResultsSectionIsAccountedFor(String file) {
        CtgovImport result = CtgovRecords.load(file);
        List<String> leaves = CtgovRecords.leaves(CtgovRecords.tree(file)).stream()
                .filter(p -> p.startsWith("/resultsSection/")).toList();

        assertThat(result.rejected()).isEmpty();
        int mapped = 0;
        int unmapped = 0;
        for (String leaf : leaves) {
            if (result.mapped().contains(leaf)) {
                mapped++;
            } else {
                assertThat(result.unmapped()).as(leaf)
                        .anySatisfy(u -> assertThat(leaf.equals(u.pointer()) || leaf.startsWith(u.pointer() + "/")).isTrue());
                unmapped++;
            }
        }
        assertThat(mapped + unmapped).isEqualTo(leaves.size());
        assertThat(mapped).isPositive();
        assertThat(result.unmapped()).filteredOn(u -> u.pointer().startsWith("/resultsSection"))
                .allSatisfy(u -> assertThat(u.reason()).isNotBlank().isNotEqualTo("results are not imported"));
    }

    @Test
    void computesTheMeanDifferenceOfAnOutcomeAsByHand() {
        // NCT02210780, outcome "Change From Baseline in Peak Weekly Averaged Pruritis NRS Scores at Week 16":
        // LS mean (SE): placebo qw -2.11 (0.259), n = 90; dupilumab 300 mg qw -4.24 (0.250), n = 94.
        // MD = -4.24 - (-2.11) = -2.13; SD = SE * sqrt(n), so v = SD1^2/n1 + SD2^2/n2 = 0.250^2 + 0.259^2.
        OutcomeResult outcome = CtgovRecords.load("NCT02210780.json").results().orElseThrow().outcomes().get(6);
        OutcomeEffect effect = outcome.effects().get(0);
        ComputedEffect md = effect.effect();

        assertThat(outcome.param()).contains(MeasureParam.LEAST_SQUARES_MEAN);
        assertThat(outcome.dispersion()).contains(MeasureDispersion.STANDARD_ERROR);
        assertThat(effect.treatment()).isEqualTo("OG001");
        assertThat(effect.control()).isEqualTo("OG000");
        assertThat(md.measure()).isEqualTo(EffectMeasure.MEAN_DIFFERENCE);
        assertThat(md.estimate()).isCloseTo(-2.13, within(1e-12));
        assertThat(md.variance()).isCloseTo(0.250 * 0.250 + 0.259 * 0.259, within(1e-12));
        assertThat(md.computation().treatmentSd()).contains(SdConversion.FROM_STANDARD_ERROR);
        assertThat(md.computation().controlSd()).contains(SdConversion.FROM_STANDARD_ERROR);
        assertThat(effect.from()).contains("LEAST_SQUARES_MEAN with STANDARD_ERROR",
                "every intervention of the arm is a placebo");
    }

    @Test
    void computesNoEffectFromAFullRange() {
        // NCT00763412 reports means with full ranges only: no SD can be derived without assumptions.
        assertThat(CtgovRecords.load("NCT00763412.json").results().orElseThrow().outcomes())
                .allSatisfy(o -> assertThat(o.effects()).isEmpty());
    }

    @Test
    void matchesResultsGroupsToArmsByTitleAndReportsTheMatch() {
        CtgovResults results = CtgovRecords.load("NCT02210780.json").results().orElseThrow();

        assertThat(results.safety().orElseThrow().group("EG000").orElseThrow().arm()).contains("Placebo qw");
        assertThat(results.groups()).filteredOn(g -> g.id().equals("EG001"))
                .singleElement().hasToString("EG001 'Dupilumab 300 mg qw' -> arm 'Dupilumab 300 mg qw'");
    }

    @Test
    void takesWithdrawalsDueToAdverseEventsFromTheParticipantFlow() {
        SafetyReport report = CtgovRecords.load("NCT02210780.json").results().orElseThrow().safety().orElseThrow();

        assertThat(report.withdrawals()).containsExactly(Withdrawals.of("EG000", 0, 97), Withdrawals.of("EG001", 5, 97));
    }
}
