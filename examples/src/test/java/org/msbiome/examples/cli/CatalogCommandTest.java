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
                .contains("Kouchaki 2017 — clinical, 8 findings\n"
                        + "  cites:  Kouchaki E 2017, Clin Nutr, doi:10.1016/j.clnu.2016.08.015, PMID 27669638\n"
                        + "  read in: https://eurekamag.com/research/057/419/057419367.php\n")
                .contains("  NOTICE: retraction 2024 (38980210)\n")
                .contains("  registered: irct:IRCT20161022030424N1")
                .contains("Lavasani 2010 — preclinical (animal)")
                .contains("  Jiang 2021: Expanded Disability Status Scale SMD -1.22 [-2.4, -0.03]");
    }
}
