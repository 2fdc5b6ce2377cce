package org.msbiome.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code msbiome catalog} lists each study with its citations, notices and sources. */
class CatalogCommandTest {
    @Test
    void listsStudiesWithSourcesAndTheRetraction() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), "catalog", "--verbose");

        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .startsWith("9 studies, ")
                .containsPattern("^9 studies, \\d+ findings, 2 published pooled results\n")
                .contains("Kouchaki 2017 — clinical, 8 findings\n"
                        + "  cites:  Kouchaki E 2017, Clin Nutr, doi:10.1016/j.clnu.2016.08.015, PMID 27669638\n"
                        + "  read in: https://doi.org/10.1016/j.clnu.2016.08.015 (abstract read in an aggregator's copy, "
                        + "https://eurekamag.com/research/057/419/057419367.php)\n")
                .contains("  cites:  first author not encoded 2019, J Funct Foods, doi:10.1016/j.jff.2018.10.023\n")
                .contains("  cites:  Rahimlou M 2022, Nutr Neurosci, doi:10.1080/1028415X.2020.1758887\n")
                .contains("  NOTICE: retraction 2024 (38980210)\n")
                .doesNotContain("registered: irct:IRCT20161022030424N1")
                .contains("  plausibility: probiotic arm: sd-looks-like-se: ± 0.04 cannot be an SD")
                .contains("  plausibility: comparator arm: grim: no 24 values on steps of 0.5 have a mean that rounds to 0.16")
                .contains("Lavasani 2010 — preclinical (animal)")
                .contains("  Jiang 2021: Expanded Disability Status Scale SMD -1.22 [-2.4, -0.03]");
    }
}
