package org.msbiome.examples.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue #20: a long status line ran off the plot's right edge. Every text of the SVG stays inside the plot's
 * width, estimating a character at 0.6 em of its font size (wider than the mean character of Helvetica or
 * Arial); a long status wraps onto more lines and its row grows, a long label is cut with an ellipsis.
 */
class ForestPlotLayoutTest {
    private static final double WIDTH = 1040;
    private static final String LONG_STATUS = "not pooled: the source names no comparator, so it is not known to compare"
            + " groups, and its group sizes of the analysis are not given either";

    @Test
    void everyTextStaysInsideThePlotAndALongStatusWraps() throws Exception {
        String svg = ForestPlot.builder("Expanded Disability Status Scale: probiotic vs placebo", "mean difference (95% CI)")
                .note("Pooled by random effects (REML); I² = 81%, τ² = 0.032, Q = 5.1 (df 1); left out: " + "A very long"
                        + " study label 2019 (retracted), ".repeat(6))
                .study("Kouchaki 2017", -0.4, -0.64, -0.16, 40.6)
                .study("Salami 2019", -0.68, -0.71, -0.65, 59.4)
                .text("A study whose label is far too long for the label column (Nutr Neurosci)", LONG_STATUS)
                .text("Naseri 2025", "not pooled: published as a direction and P > 0.05 only")
                .pooled("Pooled (REML)", -0.57, -0.84, -0.30, Optional.of(new double[] {-1.01, -0.13}))
                .favours("favours probiotic", "favours placebo")
                .build().toSvg();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        NodeList texts = doc.getElementsByTagName("text");
        assertThat(texts.getLength()).isGreaterThan(20);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double size = text.hasAttribute("font-size") ? Double.parseDouble(text.getAttribute("font-size")) : 13;
            double bold = text.getAttribute("font-weight").equals("bold") ? 1.1 : 1;
            double x = Double.parseDouble(text.getAttribute("x"));
            for (String line : lines(text)) {
                double width = line.strip().length() * size * 0.6 * bold;
                double left = switch (text.getAttribute("text-anchor")) {
                    case "end" -> x - width;
                    case "middle" -> x - width / 2;
                    default -> x;
                };
                assertThat(left).as("left edge of '%s'", line).isGreaterThanOrEqualTo(0);
                assertThat(left + width).as("right edge of '%s'", line).isLessThanOrEqualTo(WIDTH);
            }
        }

        Element status = byClass(doc, "values").get(2);
        assertThat(lines(status)).hasSizeGreaterThan(1);
        assertThat(status.getTextContent()).as("the wrapped lines are the status").isEqualTo(LONG_STATUS);
        List<Element> labels = byClass(doc, "label");
        assertThat(labels.get(2).getTextContent()).startsWith("A study whose label").endsWith("…");
        double wrappedRow = y(labels.get(3)) - y(labels.get(2));
        double plainRow = y(labels.get(2)) - y(labels.get(1));
        assertThat(wrappedRow).as("the wrapped row is taller by its extra lines")
                .isEqualTo(plainRow + 14 * (lines(status).size() - 1));
        assertThat(byClass(doc, "note")).hasSize(1);
        assertThat(lines(byClass(doc, "note").get(0))).hasSizeGreaterThan(1);
    }

    private static List<String> lines(Element text) {
        NodeList spans = text.getElementsByTagName("tspan");
        if (spans.getLength() == 0) {
            return List.of(text.getTextContent());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            lines.add(spans.item(i).getTextContent());
        }
        return lines;
    }

    private static double y(Element e) {
        return Double.parseDouble(e.getAttribute("y"));
    }

    private static List<Element> byClass(Document doc, String cls) {
        NodeList nodes = doc.getElementsByTagName("text");
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
