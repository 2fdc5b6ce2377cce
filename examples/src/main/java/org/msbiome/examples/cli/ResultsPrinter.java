package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.safety.AdverseEvent;
import org.msbiome.core.safety.EventGroup;
import org.msbiome.core.safety.EventTable;
import org.msbiome.core.safety.GroupCounts;
import org.msbiome.core.safety.GroupTotals;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.safety.Withdrawals;
import org.msbiome.io.ctgov.CtgovResults;
import org.msbiome.io.ctgov.GroupMatch;
import org.msbiome.io.ctgov.OutcomeEffect;
import org.msbiome.io.ctgov.OutcomeMeasurement;
import org.msbiome.io.ctgov.OutcomeResult;

/** Prints the results of an imported record: group matches, the safety table, outcome measurements, effects. */
final class ResultsPrinter {
    private ResultsPrinter() {}

    static void print(PrintWriter out, CtgovResults results) {
        println(out, "Results");
        List<String> matches = results.groups().stream().map(GroupMatch::toString).distinct().toList();
        println(out, "  groups matched to arms (" + matches.size() + " distinct):");
        matches.forEach(g -> println(out, "    " + g));
        results.safety().ifPresentOrElse(s -> safety(out, s), () -> println(out, "  adverse events: not reported"));
        println(out, "  outcome measures (" + results.outcomes().size() + "):");
        for (OutcomeResult outcome : results.outcomes()) {
            println(out, "    " + outcome.title() + outcome.timeFrame().map(t -> " [" + t + "]").orElse("")
                    + " (" + outcome.param().map(Enum::name).orElse("parameter not stated")
                    + outcome.dispersion().map(d -> ", " + d.name()).orElse("") + outcome.unit().map(u -> "; " + u).orElse("")
                    + ")");
            for (OutcomeMeasurement m : outcome.measurements()) {
                println(out, "      " + m.group() + m.classTitle().map(c -> " " + c).orElse("")
                        + m.category().map(c -> " / " + c).orElse("") + ": " + m.value()
                        + m.spread().map(s -> " (" + s + ")").orElse("")
                        + (m.lowerLimit().isPresent() || m.upperLimit().isPresent()
                                ? " [" + m.lowerLimit().orElse("") + ", " + m.upperLimit().orElse("") + "]" : "")
                        + m.participants().map(n -> ", n = " + n).orElse(""));
            }
            outcome.analyses().forEach(a -> println(out, "      analysis " + String.join(" vs ", a.groups())
                    + a.estimateType().map(t -> ": " + t).orElse("") + a.estimate().map(e -> " " + e).orElse("")
                    + (a.ciLower().isPresent() ? " (" + a.ciPercent().orElse("?") + "% CI " + a.ciLower().get() + " to "
                            + a.ciUpper().orElse("?") + ")" : "")
                    + a.pValue().map(p -> ", P " + p).orElse("") + a.method().map(m -> ", " + m).orElse("")));
            for (OutcomeEffect effect : outcome.effects()) {
                println(out, "      computed: " + describe(effect.effect()) + " from " + effect.from());
            }
        }
    }

    private static void safety(PrintWriter out, SafetyReport report) {
        println(out, "  adverse events:");
        report.reporting().timeFrame().ifPresent(t -> println(out, "    time frame: " + t));
        report.reporting().otherEventsThreshold().ifPresent(t -> println(out, "    other events listed above: "
                + t.percent().toPlainString() + "%"));
        List<EventGroup> groups = report.groups();
        StringBuilder header = new StringBuilder("    ").append(pad("", 40));
        groups.forEach(g -> header.append(pad(g.id() + g.arm().map(a -> " " + a).orElse(""), 24)));
        println(out, header);
        totalsRow(out, report, "deaths", GroupTotals::deaths);
        totalsRow(out, report, "serious (participants)", GroupTotals::serious);
        totalsRow(out, report, "other (participants)", GroupTotals::other);
        table(out, groups, "serious", report.seriousEvents());
        table(out, groups, "other", report.otherEvents());
        if (!report.withdrawals().isEmpty()) {
            StringBuilder row = new StringBuilder("    ").append(pad("withdrawn for adverse events", 40));
            for (EventGroup g : groups) {
                row.append(pad(report.withdrawalsOf(g.id()).map(Withdrawals::asCounts).map(ResultsPrinter::cell)
                        .orElse("-"), 24));
            }
            println(out, row);
        }
    }

    private static void totalsRow(PrintWriter out, SafetyReport report, String label,
            java.util.function.Function<GroupTotals, GroupCounts> counts) {
        StringBuilder row = new StringBuilder("    ").append(pad(label, 40));
        for (EventGroup g : report.groups()) {
            row.append(pad(report.totalsOf(g.id()).map(counts).map(ResultsPrinter::cell).orElse("-"), 24));
        }
        println(out, row);
    }

    private static void table(PrintWriter out, List<EventGroup> groups, String label, Optional<EventTable> table) {
        if (table.isEmpty()) {
            println(out, "    " + label + " events: not reported");
            return;
        }
        println(out, "    " + label + " events (" + table.get().events().size() + "):");
        for (AdverseEvent event : table.get().events()) {
            StringBuilder row = new StringBuilder("      ").append(pad(event.term(), 38));
            for (EventGroup g : groups) {
                row.append(pad(event.countsOf(g.id()).map(ResultsPrinter::cell).orElse("-"), 24));
            }
            println(out, row);
        }
    }

    private static String cell(GroupCounts counts) {
        return counts.participantsAffected().map(String::valueOf).orElse("?") + "/"
                + counts.participantsAtRisk().map(String::valueOf).orElse("?")
                + counts.events().map(e -> " (" + e + (e == 1 ? " event)" : " events)")).orElse("");
    }

    static String describe(ComputedEffect effect) {
        return String.format(Locale.ROOT, "%s %.4f (95%% CI %.4f to %.4f; variance %.6f; SD %s/%s)",
                effect.measure().code(), effect.estimate(), effect.confidenceInterval().lower(),
                effect.confidenceInterval().upper(), effect.variance(),
                effect.computation().treatmentSd().map(Enum::name).orElse("-"),
                effect.computation().controlSd().map(Enum::name).orElse("-"));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
