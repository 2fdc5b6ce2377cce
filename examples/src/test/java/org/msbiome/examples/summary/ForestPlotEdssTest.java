package org.msbiome.examples.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.effect.EffectMeasure;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.examples.catalog.Catalog;
import org.msbiome.examples.cli.MsbiomeCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The forest plot of EDSS from the catalog (Kouchaki 2017, DOI 10.1016/j.clnu.2016.08.015; Salami 2019,
 * DOI 10.1016/j.jff.2018.10.023; Naseri 2025, DOI 10.34172/PS.025.41013), written by {@code msbiome summarize}
 * and parsed as XML. The image in docs/forest-plot-edss.png is this SVG rendered with rsvg-convert; this test
 * needs no renderer.
 */
class ForestPlotEdssTest {
    @TempDir
    Path dir;

    @Test
    void summarizeWritesTheEdssForestPlotWithAllItsParts() throws Exception {
        Path svg = dir.resolve("edss.svg");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int exit = MsbiomeCommand.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "summarize", "EDSS", "--assume-sd", "--svg", svg.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");

        // two pooled studies: squares, sized by weight (Salami 2019 has the larger weight)
        List<Element> squares = byClass(doc, "rect", "study");
        assertThat(squares).hasSize(2);
        assertThat(Double.parseDouble(squares.get(1).getAttribute("width")))
                .isGreaterThan(Double.parseDouble(squares.get(0).getAttribute("width")));
        assertThat(byClass(doc, "line", "ci")).hasSize(2);
        assertThat(byClass(doc, "polygon", "pooled")).hasSize(1);
        assertThat(byClass(doc, "line", "prediction")).as("REML has a prediction interval").hasSize(1);
        assertThat(byClass(doc, "polygon", "published")).as("Mirashrafi 2021 MD as published").hasSize(1);
        assertThat(byClass(doc, "line", "no-effect")).hasSize(1);
        assertThat(byClass(doc, "line", "axis")).hasSize(1);
        assertThat(byClass(doc, "line", "tick")).hasSizeGreaterThanOrEqualTo(3);
        // Salami 2019 is marked: its reported statistics raise plausibility flags (issue #17)
        assertThat(texts(doc, "label")).containsExactly("Kouchaki 2017", "Salami 2019 †", "Naseri 2025", "Pooled (REML)",
                "Jiang 2021 (published)", "Mirashrafi 2021 (published)");
        assertThat(texts(doc, "values")).contains("not pooled: published as a direction and P > 0.05 only",
                "−0.43 [−0.65, −0.20]");
        assertThat(texts(doc, "note")).first().asString().contains("'±' is taken to be an SD");
        assertThat(texts(doc, "note")).anySatisfy(note -> assertThat(note).contains("† reported statistics flagged",
                "Salami 2019, probiotic arm: sd-looks-like-se", "Salami 2019, comparator arm: grim"));

        // the line of no effect is at x = 0 of the axis: between the tick labels −0.5 and 0.0 ... or at 0.0
        Element zeroTick = byClass(doc, "text", "tick-label").stream()
                .filter(t -> t.getTextContent().equals("0.0")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(byClass(doc, "line", "no-effect").get(0).getAttribute("x1")))
                .isCloseTo(Double.parseDouble(zeroTick.getAttribute("x")), within(0.01));
    }

    @Test
    void poolsTheCatalogEdssFindingsUnderTheRecordedAssumption() {
        Catalog catalog = Catalog.bundled();

        EvidenceSummary summary = EvidenceSummary.of(StandardMeasure.EDSS, catalog.findingsOn(StandardMeasure.EDSS),
                EffectMeasure.MEAN_DIFFERENCE, PoolingMethod.FIXED_EFFECT, true, List.of());

        // Kouchaki 2017: MD −0.4, variance 0.6²/30 + 0.3²/30 = 0.015 (as R metafor escalc "MD")
        assertThat(summary.rows().get(0).effect().orElseThrow().estimate()).isCloseTo(-0.4, within(1e-12));
        double vK = 0.6 * 0.6 / 30 + 0.3 * 0.3 / 30;
        double vS = 0.04 * 0.04 / 24 + 0.07 * 0.07 / 24;
        double fixed = (-0.4 / vK + -0.68 / vS) / (1 / vK + 1 / vS);
        assertThat(summary.pooled().orElseThrow().estimate()).isCloseTo(fixed, within(1e-9));
        assertThat(summary.rows().get(0).weightPercent().orElseThrow())
                .isCloseTo(100 * (1 / vK) / (1 / vK + 1 / vS), within(1e-9));
        assertThat(summary.rows().get(2).status()).startsWith("not pooled: published as a direction");
    }

    @Test
    void withoutTheAssumptionNothingIsPooledAndTheReasonIsGiven() {
        java.io.StringWriter out = new java.io.StringWriter();

        int exit = MsbiomeCommand.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                "summarize", "edss");

        assertThat(exit).isEqualTo(MsbiomeCommand.INVALID);
        assertThat(out.toString()).contains("Kouchaki 2017", "'±' is not stated to be an SD or an SE (use --assume-sd)",
                "No pooled estimate: 0 of 3 studies have an effect size to pool");
    }

    @Test
    void unknownOutcomeAndMethodAreUsageErrors() {
        java.io.StringWriter err = new java.io.StringWriter();
        assertThat(MsbiomeCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                "summarize", "walking speed")).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(err.toString()).startsWith("msbiome: the catalog has no findings on 'walking speed'; outcomes: ");

        java.io.StringWriter err2 = new java.io.StringWriter();
        assertThat(MsbiomeCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err2),
                "summarize", "EDSS", "--method", "bayes")).isEqualTo(MsbiomeCommand.USAGE);
        assertThat(err2.toString()).startsWith("msbiome: --method 'bayes' is not known; expected one of FE, DL, REML, HS, HE, SJ, ML, EB, PM");
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").equals(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Document doc, String cls) {
        return byClass(doc, "text", cls).stream().map(Element::getTextContent).toList();
    }

}
