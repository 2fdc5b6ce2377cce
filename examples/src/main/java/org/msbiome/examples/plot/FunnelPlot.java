package org.msbiome.examples.plot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A funnel plot as an SVG document, in the style of the {@link ForestPlot} and of metafor's {@code funnel()}:
 * each study's estimate (x) against its standard error (y, 0 at the top), a vertical line at the pooled
 * estimate, the pseudo-confidence region estimate ± z·SE as a shaded triangle, and, after trim-and-fill,
 * the imputed studies as hollow points.
 *
 * @param title the plot's title
 * @param axisLabel what the x axis measures
 * @param notes lines under the title
 * @param pooled the pooled estimate the funnel is centred on
 * @param z the critical value of the region (1.96 for 95%)
 * @param points the studies, observed and imputed
 */
public record FunnelPlot(String title, String axisLabel, List<String> notes, double pooled, double z, List<Point> points) {
    private static final double WIDTH = 720;
    private static final double LEFT = 90;
    private static final double RIGHT = 680;
    private static final double PLOT_HEIGHT = 380;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there is no point, or a number is not finite
     */
    public FunnelPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(axisLabel, "axisLabel");
        notes = List.copyOf(notes);
        points = List.copyOf(points);
        if (points.isEmpty() || !Double.isFinite(pooled) || !(z > 0)) {
            throw new IllegalArgumentException("a funnel plot needs at least one study, a finite centre and z > 0");
        }
    }

    /**
     * One study on the plot.
     *
     * @param label the study's label (the point's tooltip)
     * @param estimate the estimate
     * @param standardError its standard error, positive
     * @param imputed whether trim-and-fill imputed it
     */
    public record Point(String label, double estimate, double standardError, boolean imputed) {
        /**
         * Checks the point.
         *
         * @throws NullPointerException if the label is null
         * @throws IllegalArgumentException if the estimate is not finite or the SE not positive
         */
        public Point {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(estimate) || !(standardError > 0 && Double.isFinite(standardError))) {
                throw new IllegalArgumentException("point '" + label + "' needs a finite estimate and a positive SE");
            }
        }
    }

    /**
     * The plot as an SVG document.
     *
     * @return the SVG text
     */
    public String toSvg() {
        double maxSe = points.stream().mapToDouble(Point::standardError).max().orElseThrow();
        ForestPlot.Axis seAxis = ForestPlot.Axis.of(0, maxSe);
        double low = Math.min(pooled - z * seAxis.max(), points.stream().mapToDouble(Point::estimate).min().orElseThrow());
        double high = Math.max(pooled + z * seAxis.max(), points.stream().mapToDouble(Point::estimate).max().orElseThrow());
        ForestPlot.Axis xAxis = ForestPlot.Axis.of(low, high);
        double top = 44 + notes.size() * 18 + 20;
        double bottom = top + PLOT_HEIGHT;
        double height = bottom + 70;
        Svg svg = new Svg(WIDTH, height).title(title);
        svg.text("title", 16, 28, "start", "font-size=\"17\" font-weight=\"bold\"", title);
        for (int i = 0; i < notes.size(); i++) {
            svg.text("note", 16, 50 + i * 18, "start", "fill=\"#555555\" font-size=\"12\"", notes.get(i));
        }
        java.util.function.DoubleUnaryOperator x = v -> LEFT + (v - xAxis.min()) / (xAxis.max() - xAxis.min()) * (RIGHT - LEFT);
        java.util.function.DoubleUnaryOperator y = se -> top + se / seAxis.max() * PLOT_HEIGHT;
        svg.polygon("funnel", new double[] {
            x.applyAsDouble(pooled - z * seAxis.max()), bottom, x.applyAsDouble(pooled), top,
            x.applyAsDouble(pooled + z * seAxis.max()), bottom
        }, "fill=\"#eef3f8\" stroke=\"#7f9cb8\" stroke-width=\"1\" stroke-dasharray=\"4,3\"");
        svg.line("pooled-estimate", x.applyAsDouble(pooled), top, x.applyAsDouble(pooled), bottom,
                "stroke=\"#b03a2e\" stroke-width=\"1.5\"");
        for (Point p : points) {
            svg.circle(p.imputed() ? "imputed" : "study", x.applyAsDouble(p.estimate()), y.applyAsDouble(p.standardError()),
                    4.5, p.imputed() ? "fill=\"#ffffff\" stroke=\"#1f4e79\" stroke-width=\"1.5\""
                            : "fill=\"#1f4e79\" stroke=\"#1f4e79\"");
        }
        svg.line("axis", LEFT, bottom, RIGHT, bottom, "stroke=\"#000000\" stroke-width=\"1\"");
        for (double tick : xAxis.ticks()) {
            double tx = x.applyAsDouble(tick);
            svg.line("tick", tx, bottom, tx, bottom + 5, "stroke=\"#000000\" stroke-width=\"1\"");
            svg.text("tick-label", tx, bottom + 19, "middle", "font-size=\"12\"", xAxis.format(tick));
        }
        svg.text("axis-label", (LEFT + RIGHT) / 2, bottom + 40, "middle", "", axisLabel);
        svg.line("se-axis", LEFT, top, LEFT, bottom, "stroke=\"#000000\" stroke-width=\"1\"");
        for (double tick : seAxis.ticks()) {
            double ty = y.applyAsDouble(tick);
            svg.line("se-tick", LEFT - 5, ty, LEFT, ty, "stroke=\"#000000\" stroke-width=\"1\"");
            svg.text("se-tick-label", LEFT - 8, ty + 4, "end", "font-size=\"12\"", seAxis.format(tick));
        }
        svg.text("se-axis-label", 16, top - 6, "start", "", "standard error");
        svg.text("legend", RIGHT, height - 12, "end", "fill=\"#555555\" font-size=\"12\"", String.format(Locale.ROOT,
                "region: pooled ± %.2f·SE%s", z, points.stream().anyMatch(Point::imputed)
                        ? "; hollow: imputed by trim-and-fill" : ""));
        return svg.end();
    }
}
