package org.msbiome.examples.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.plausibility.PlausibilityCheck;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.cli.MsbiomeCommand;

/**
 * Issue #17: Salami 2019 (J Funct Foods 52:8–13, DOI 10.1016/j.jff.2018.10.023) reports EDSS changes of
 * −0.52 ± 0.04 (probiotic, n = 24) and +0.16 ± 0.07 (placebo, n = 24). On the EDSS's 0.5 grid the smallest
 * SD of 24 changes with mean −0.52 is 0.102, so 0.04 cannot be an SD (as an SE it implies an SD of 0.196);
 * and no sum of 24 changes on the grid gives a mean of 0.16.
 */
class PlausibilityFlagsTest {
    @Test
    void salami2019EdssRaisesTwoFlags() {
        Finding salami = Catalog.bundled().findingsOn(StandardMeasure.EDSS).stream()
                .filter(f -> f.study().label().equals("Salami 2019")).findFirst().orElseThrow();

        List<FindingPlausibility.Flag> flags = FindingPlausibility.of(salami);

        assertThat(flags).extracting(FindingPlausibility.Flag::group, f -> f.flag().check())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("probiotic arm", PlausibilityCheck.SD_LOOKS_LIKE_SE),
                        org.assertj.core.groups.Tuple.tuple("comparator arm", PlausibilityCheck.GRIM));
        assertThat(flags.get(0).flag().numbers()).containsEntry("minimum SD", "0.102")
                .containsEntry("SD if the value is an SE", "0.196");
    }

    @Test
    void theOtherEdssTrialsRaiseNone() {
        assertThat(Catalog.bundled().findingsOn(StandardMeasure.EDSS).stream()
                .filter(f -> !f.study().label().equals("Salami 2019"))
                .flatMap(f -> FindingPlausibility.of(f).stream())).isEmpty();
    }

    @Test
    void summarizeEdssAsSmdFlagsSalami2019AndSaysWhy() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err),
                "summarize", "EDSS", "--assume-sd", "--measure", "SMD");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(out.toString())
                .contains("PLAUSIBILITY: 2 flags on the reported statistics")
                .contains("  † Salami 2019, probiotic arm: sd-looks-like-se: ± 0.04 cannot be an SD: the smallest SD of "
                        + "24 values on steps of 0.5 with mean -0.52 is 0.102; as a standard error it implies an SD of "
                        + "0.196 (0.04 × √24)")
                .contains("  † Salami 2019, comparator arm: grim: no 24 values on steps of 0.5 have a mean that rounds "
                        + "to 0.16; the nearest possible means are 0.1458 and 0.1667");
    }
}
