package org.msbiome.examples.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msbiome.core.evidence.synthesis.EffectEstimate;
import org.msbiome.core.evidence.synthesis.MetaAnalysis;
import org.msbiome.core.evidence.synthesis.PooledSummary;
import org.msbiome.core.evidence.synthesis.PoolingMethod;
import org.msbiome.core.evidence.synthesis.PoolingOptions;
import org.msbiome.examples.cli.MsbiomeCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The funnel plot and the metafor-style analyses of {@code msbiome summarize}, parsed as XML like the forest
 * plot in {@link ForestPlotEdssTest}. The catalog's EDSS findings (Kouchaki 2017, DOI
 * 10.1016/j.clnu.2016.08.015; Salami 2019, DOI 10.1016/j.jff.2018.10.023) give two pooled studies; the 13 BCG
 * trials (metafor {@code dat.bcg}; Colditz GA et al. 1994, JAMA 271(9):698–702) give trim-and-fill's four
 * imputed studies (metafor 3.8-1 {@code trimfill}: k0 = 4, filled estimate −0.291025992106).
 */
class FunnelPlotTest {
    /** tpos, tneg, cpos, cneg of the 13 BCG trials (metafor dat.bcg). */
    private static final int[][] BCG = {
        {4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209}, {62, 13536, 248, 12619}, {33, 5036, 47, 5761},
        {180, 1361, 372, 1079}, {8, 2537, 10, 619}, {505, 87886, 499, 87892}, {29, 7470, 45, 7232},
        {17, 1699, 65, 1600}, {186, 50448, 141, 27197}, {5, 2493, 3, 2338}, {27, 16886, 29, 17825}};

    @TempDir
    Path dir;

    @Test
    void summarizeWritesTheEdssFunnelPlot() throws Exception {
        Path svg = dir.resolve("funnel.svg");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(err), "summarize", "EDSS", "--assume-sd",
                "--funnel", svg.toString(), "--trim-fill", "--leave-one-out");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(out.toString()).contains("Funnel plot: " + svg, "Leave-one-out: needs at least 3 studies; 2 pooled",
                "Trim-and-fill: needs at least 3 studies; 2 pooled");
        Document doc = parse(Files.readAllBytes(svg));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(byClass(doc, "circle", "study")).hasSize(2);
        assertThat(byClass(doc, "circle", "imputed")).isEmpty();
        assertThat(byClass(doc, "polygon", "funnel")).hasSize(1);
        assertThat(byClass(doc, "line", "pooled-estimate")).hasSize(1);
        assertThat(byClass(doc, "line", "axis")).hasSize(1);
        assertThat(byClass(doc, "line", "se-axis")).hasSize(1);
        assertThat(byClass(doc, "text", "axis-label").get(0).getTextContent()).isEqualTo("mean difference");
    }

    @Test
    void drawsTheStudiesTrimAndFillImputesAsHollowPoints() throws Exception {
        List<EffectEstimate> bcg = new ArrayList<>();
        for (int i = 0; i < BCG.length; i++) {
            double a = BCG[i][0];
            double b = BCG[i][1];
            double c = BCG[i][2];
            double d = BCG[i][3];
            bcg.add(EffectEstimate.of("trial " + (i + 1), Math.log(a / (a + b) / (c / (c + d))),
                    1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)));
        }
        PooledSummary<String> fe = MetaAnalysis.poolEstimates("log risk ratio", bcg, PoolingMethod.FIXED_EFFECT,
                PoolingOptions.defaults());

        Document doc = parse(SynthesisReport.funnel("BCG", "log risk ratio", fe, true).toSvg()
                .getBytes(StandardCharsets.UTF_8));

        assertThat(byClass(doc, "circle", "study")).hasSize(13);
        List<Element> imputed = byClass(doc, "circle", "imputed");
        assertThat(imputed).hasSize(4);
        assertThat(byClass(doc, "text", "note").get(1).getTextContent())
                .isEqualTo("Trim-and-fill (L0, side right): 4 imputed; filled estimate -0.291");
        // the imputed studies lie right of the funnel's centre, the filled estimate
        double centre = Double.parseDouble(byClass(doc, "line", "pooled-estimate").get(0).getAttribute("x1"));
        for (Element e : imputed) {
            assertThat(Double.parseDouble(e.getAttribute("cx"))).isGreaterThan(centre);
        }
        assertThat(SynthesisReport.trimAndFill(fe)).singleElement().asString()
                .startsWith("Trim-and-fill (L0, side right): 4 missing; filled estimate -0.2910 [")
                .endsWith("] from 17 studies");
        assertThat(MetaAnalysis.trimAndFill(fe).summary().estimate()).isCloseTo(-0.291025992106, within(1e-8));
    }

    /** Issue #20: a fixed-effect model estimates no τ², so leave-one-out prints no column of zeros for it. */
    @Test
    void leaveOneOutOfAFixedEffectModelHasNoTau2Column() {
        List<EffectEstimate> bcg = new ArrayList<>();
        for (int i = 0; i < BCG.length; i++) {
            double a = BCG[i][0];
            double b = BCG[i][1];
            double c = BCG[i][2];
            double d = BCG[i][3];
            bcg.add(EffectEstimate.of("trial " + (i + 1), Math.log(a / (a + b) / (c / (c + d))),
                    1 / a - 1 / (a + b) + 1 / c - 1 / (c + d)));
        }

        List<String> fe = SynthesisReport.leaveOneOut(MetaAnalysis.poolEstimates("log risk ratio", bcg,
                PoolingMethod.FIXED_EFFECT, PoolingOptions.defaults()));
        List<String> reml = SynthesisReport.leaveOneOut(MetaAnalysis.poolEstimates("log risk ratio", bcg,
                PoolingMethod.REML, PoolingOptions.defaults()));

        assertThat(fe).hasSize(15);
        assertThat(fe.get(1)).doesNotContain("τ²").contains("I²");
        assertThat(fe.get(2).strip().split(" +")).as("omitted (2 words), estimate, [, CI (2), I²").hasSize(7);
        assertThat(reml.get(1)).contains("τ²", "I²");
        assertThat(reml.get(2).strip().split(" +")).as("and τ²").hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FE", "DL", "REML", "HS", "HE", "SJ", "ML", "EB", "PM"})
    void summarizeAcceptsEveryMetaforMethodAndPrintsTheHeterogeneityDetails(String method) {
        StringWriter out = new StringWriter();

        int exit = MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "summarize", "DASS",
                "--assume-sd", "--method", method);

        assertThat(exit).isEqualTo(MsbiomeCommand.OK);
        assertThat(out.toString()).contains("Pooled (" + method + ", 2 studies)", "Test: z, z = ",
                "Test for heterogeneity: Q = ", method.equals("FE") ? "Fixed effect: no τ² is estimated"
                        : "τ² estimator " + method + ": ", "Egger's test: needs at least 3 studies; 2 pooled");
        if (method.equals("FE")) {
            assertThat(out.toString()).doesNotContain("τ² estimator", "τ² = ");
        }
        if (!method.equals("FE")) {
            // Q = 0.12 on 1 df: the Q-profile upper bound of τ² lies beyond 100, and the output says so
            assertThat(out.toString()).contains("CI of τ² (Q-profile): upper bound beyond 100, not given");
        }
    }

    @Test
    void knappHartungIsPrinted() {
        StringWriter out = new StringWriter();

        MsbiomeCommand.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "summarize", "EDSS",
                "--assume-sd", "--knha");

        assertThat(out.toString()).contains("Test: Knapp–Hartung (t, df = 1), t = ", "CI from t(k − 1), adjusted SE");
    }

    private static Document parse(byte[] svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
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
}
