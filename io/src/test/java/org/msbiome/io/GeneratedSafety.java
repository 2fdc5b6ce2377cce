package org.msbiome.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.msbiome.core.safety.AdverseEvent;
import org.msbiome.core.safety.Assessment;
import org.msbiome.core.safety.CtcaeGrade;
import org.msbiome.core.safety.EventGroup;
import org.msbiome.core.safety.EventTable;
import org.msbiome.core.safety.FrequencyThreshold;
import org.msbiome.core.safety.GroupCounts;
import org.msbiome.core.safety.GroupTotals;
import org.msbiome.core.safety.HarmsReporting;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.safety.Seriousness;
import org.msbiome.core.safety.Vocabulary;
import org.msbiome.core.safety.Withdrawals;

/**
 * Seeded random safety reports for property tests: groups, totals, event tables (absent, empty, all
 * zero or with counts), withdrawals, with every optional value sometimes present and sometimes absent,
 * 0 of 0 and missing denominators included.
 */
final class GeneratedSafety {
    private final Random random;

    GeneratedSafety(Random random) {
        this.random = random;
    }

    private boolean coin() {
        return random.nextBoolean();
    }

    private <T> Optional<T> maybe(Supplier<T> value) {
        return coin() ? Optional.of(value.get()) : Optional.empty();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text(String prefix) {
        return prefix + " " + random.nextInt(1000) + (coin() ? "" : " — \"ü\" ±");
    }

    SafetyReport safetyReport() {
        List<EventGroup> groups = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            groups.add(new EventGroup(String.format("EG%03d", groups.size()), text("group"),
                    maybe(() -> text("description")), maybe(() -> text("arm"))));
        }
        List<String> ids = groups.stream().map(EventGroup::id).toList();
        List<GroupTotals> totals = new ArrayList<>();
        List<Withdrawals> withdrawals = new ArrayList<>();
        for (String id : ids) {
            if (coin()) {
                int atRisk = random.nextInt(200);
                totals.add(new GroupTotals(id, maybe(() -> random.nextInt(atRisk + 1)), maybe(() -> atRisk),
                        maybe(() -> random.nextInt(atRisk + 1)), maybe(() -> atRisk),
                        maybe(() -> random.nextInt(atRisk + 1)), maybe(() -> atRisk)));
            }
            if (coin()) {
                int started = random.nextInt(200);
                withdrawals.add(new Withdrawals(id, random.nextInt(started + 1), maybe(() -> started)));
            }
        }
        return new SafetyReport(maybe(() -> new Generated(random).registryId()), reporting(), groups, totals,
                maybe(() -> table(Seriousness.SERIOUS, ids)), maybe(() -> table(Seriousness.NON_SERIOUS, ids)),
                withdrawals);
    }

    HarmsReporting reporting() {
        return new HarmsReporting(maybe(() -> text("collected")), maybe(() -> text("weeks")),
                maybe(() -> new FrequencyThreshold(BigDecimal.valueOf(random.nextInt(1001), random.nextInt(3)))),
                maybe(() -> text("mortality")));
    }

    EventTable table(Seriousness seriousness, List<String> groups) {
        List<AdverseEvent> events = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            events.add(adverseEvent(seriousness, groups));
        }
        return new EventTable(seriousness, events);
    }

    AdverseEvent adverseEvent(Seriousness seriousness, List<String> groups) {
        List<GroupCounts> counts = new ArrayList<>();
        boolean allZero = random.nextInt(4) == 0;
        for (String group : groups) {
            if (random.nextInt(5) > 0) {
                int atRisk = random.nextInt(150);
                int affected = allZero ? 0 : random.nextInt(atRisk + 1);
                counts.add(new GroupCounts(group, maybe(() -> allZero ? 0 : affected + random.nextInt(5)),
                        maybe(() -> affected), maybe(() -> atRisk)));
            }
        }
        return new AdverseEvent(text("term"), maybe(() -> text("organ system")),
                maybe(() -> coin() ? Vocabulary.of("MedDRA", (10 + random.nextInt(15)) + ".0") : Vocabulary.of(text("vocabulary"))),
                seriousness, maybe(() -> pick(Assessment.values())), maybe(() -> pick(CtcaeGrade.values())),
                maybe(() -> text("related")), maybe(() -> text("note")), counts);
    }
}
