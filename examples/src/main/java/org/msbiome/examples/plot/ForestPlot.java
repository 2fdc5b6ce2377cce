package org.msbiome.examples.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A forest plot as an SVG document, with no dependency: one row per study (a square sized by its weight
 * and a whisker for its confidence interval), the pooled estimate as a filled diamond (with its prediction
 * interval as a dashed line, when there is one), published pooled results as hollow diamonds, rows with
 * text only for studies that cannot be drawn, a vertical line of no effect, labels, and an axis with ticks.
 *
 * <pre>{@code
 * String svg = ForestPlot.builder("EDSS", "mean difference")
 *         .study("Kouchaki 2017", -0.4, -0.64, -0.16, 4.9)
 *         .pooled("REML", -0.67, -0.74, -0.6, Optional.empty())
 *         .build().toSvg();
 * }</pre>
 *
 * @param title the plot's title
 * @param axisLabel what the axis measures, like {@code mean difference (95% CI)}
 * @param notes lines under the title (assumptions, what was left out)
 * @param favours the labels under the axis left and right of no effect, like {@code favours probiotic}
 * @param rows the rows, top to bottom
 */
public record ForestPlot(String title, String axisLabel, List<String> notes, Optional<Favours> favours, List<Row> rows) {
    private static final double WIDTH = 1040;
    private static final double LABEL_X = 16;
    private static final double PLOT_LEFT = 300;
    private static final double PLOT_RIGHT = 640;
    private static final double VALUES_X = 660;
    private static final double WEIGHT_X = 1024;
    private static final double ROW_HEIGHT = 26;
    private static final double MAX_SQUARE = 18;
    private static final double MIN_SQUARE = 5;
    private static final double NOTE_LINE = 18;
    private static final double TEXT_LINE = 14;
    /** The width taken for one character, in em (font size): wider than the mean of Helvetica or Arial text. */
    static final double CHAR_EM = 0.6;

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if there is no row with an interval to draw
     */
    public ForestPlot {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(axisLabel, "axisLabel");
        notes = List.copyOf(notes);
        Objects.requireNonNull(favours, "favours");
        rows = List.copyOf(rows);
        if (rows.stream().noneMatch(r -> r.kind() != Kind.TEXT)) {
            throw new IllegalArgumentException("a forest plot needs at least one row with an estimate and interval");
        }
    }

    /** What a row draws. */
    public enum Kind {
        /** A study: a square sized by weight and a whisker. */
        STUDY,
        /** The pooled estimate: a filled diamond. */
        POOLED,
        /** A pooled result published elsewhere: a hollow diamond. */
        PUBLISHED,
        /** Text only: a study that cannot be drawn, and why. */
        TEXT
    }

    /**
     * The labels under the axis, left and right of the line of no effect.
     *
     * @param left the label left of no effect
     * @param right the label right of no effect
     */
    public record Favours(String left, String right) {
        /** Checks the labels. @throws NullPointerException if a label is null */
        public Favours {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /**
     * One row.
     *
     * @param kind what the row draws
     * @param label the label on the left
     * @param estimate the estimate (not drawn for {@link Kind#TEXT})
     * @param lower the lower confidence limit
     * @param upper the upper confidence limit
     * @param weightPercent the weight in the pooled estimate, percent, for a pooled study
     * @param prediction the prediction interval of a pooled row, when there is one
     * @param text the text on the right: the estimate and interval, or why the row is not drawn
     */
    public record Row(Kind kind, String label, double estimate, double lower, double upper,
            Optional<Double> weightPercent, Optional<double[]> prediction, String text) {
        /**
         * Checks the row.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if a drawn row's numbers are not finite or not ordered
         */
        public Row {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(weightPercent, "weightPercent");
            Objects.requireNonNull(prediction, "prediction");
            Objects.requireNonNull(text, "text");
            if (kind != Kind.TEXT && !(Double.isFinite(lower) && Double.isFinite(upper) && lower <= estimate
                    && estimate <= upper)) {
                throw new IllegalArgumentException("row '" + label + "': " + estimate + " [" + lower + ", " + upper
                        + "] is not a finite estimate within its interval");
            }
        }
    }

    /**
     * A builder.
     *
     * @param title the title
     * @param axisLabel the axis label
     * @return the builder
     */
    public static Builder builder(String title, String axisLabel) {
        return new Builder(title, axisLabel);
    }

    /** Builds a {@link ForestPlot} row by row. */
    public static final class Builder {
        private final String title;
        private final String axisLabel;
        private final List<String> notes = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private Optional<Favours> favours = Optional.empty();

        private Builder(String title, String axisLabel) {
            this.title = title;
            this.axisLabel = axisLabel;
        }

        /** Adds a line under the title. @param note the line @return this builder */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** Sets the labels under the axis. @param left left of no effect @param right right of it @return this */
        public Builder favours(String left, String right) {
            favours = Optional.of(new Favours(left, right));
            return this;
        }

        /**
         * Adds a study drawn as a square of its weight.
         *
         * @param label the label
         * @param estimate the estimate
         * @param lower the lower limit
         * @param upper the upper limit
         * @param weightPercent its weight in the pooled estimate, percent
         * @return this builder
         */
        public Builder study(String label, double estimate, double lower, double upper, double weightPercent) {
            rows.add(new Row(Kind.STUDY, label, estimate, lower, upper, Optional.of(weightPercent), Optional.empty(),
                    interval(estimate, lower, upper)));
            return this;
        }

        /**
         * Adds a study that has an effect and interval but is not in a pooled estimate (a single study, or one
         * left out): drawn as the smallest square, with no weight.
         *
         * @param label the label
         * @param estimate the estimate
         * @param lower the lower limit
         * @param upper the upper limit
         * @return this builder
         */
        public Builder unpooledStudy(String label, double estimate, double lower, double upper) {
            rows.add(new Row(Kind.STUDY, label, estimate, lower, upper, Optional.empty(), Optional.empty(),
                    interval(estimate, lower, upper)));
            return this;
        }

        /**
         * Adds the pooled estimate, drawn as a filled diamond.
         *
         * @param label the label
         * @param estimate the estimate
         * @param lower the lower limit
         * @param upper the upper limit
         * @param prediction the prediction interval {lower, upper}, when there is one
         * @return this builder
         */
        public Builder pooled(String label, double estimate, double lower, double upper, Optional<double[]> prediction) {
            rows.add(new Row(Kind.POOLED, label, estimate, lower, upper, Optional.empty(), prediction,
                    interval(estimate, lower, upper)));
            return this;
        }

        /**
         * Adds a published pooled result, drawn as a hollow diamond.
         *
         * @param label the label
         * @param estimate the estimate
         * @param lower the lower limit
         * @param upper the upper limit
         * @return this builder
         */
        public Builder published(String label, double estimate, double lower, double upper) {
            rows.add(new Row(Kind.PUBLISHED, label, estimate, lower, upper, Optional.empty(), Optional.empty(),
                    interval(estimate, lower, upper)));
            return this;
        }

        /**
         * Adds a row of text only.
         *
         * @param label the label
         * @param text why nothing is drawn
         * @return this builder
         */
        public Builder text(String label, String text) {
            rows.add(new Row(Kind.TEXT, label, 0, 0, 0, Optional.empty(), Optional.empty(), text));
            return this;
        }

        /** The plot. @return the plot @throws IllegalArgumentException if no row can be drawn */
        public ForestPlot build() {
            return new ForestPlot(title, axisLabel, notes, favours, rows);
        }
    }

    /**
     * An estimate and its interval as text: {@code -0.40 [-0.64, -0.16]}.
     *
     * @param estimate the estimate
     * @param lower the lower limit
     * @param upper the upper limit
     * @return the text
     */
    public static String interval(double estimate, double lower, double upper) {
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", estimate, lower, upper);
    }

    /**
     * The plot as an SVG document. Text is kept inside the plot's width: the text of a row that is not drawn
     * and the notes wrap onto more lines (the row grows), labels and the title are cut with an ellipsis.
     *
     * @return the SVG text
     */
    public String toSvg() {
        double[] range = range();
        Axis axis = Axis.of(range[0], range[1]);
        List<List<String>> noteLines = notes.stream().map(n -> wrap(n, fits(WIDTH - 2 * LABEL_X, 12, false))).toList();
        int noteLineCount = noteLines.stream().mapToInt(List::size).sum();
        double top = 44 + noteLineCount * NOTE_LINE + 30;
        List<List<String>> rowLines = rows.stream().map(r -> r.kind() == Kind.TEXT
                ? wrap(r.text(), fits(WIDTH - LABEL_X - VALUES_X, 12, false))
                : List.of(cut(r.text(), fits(WEIGHT_X - 80 - VALUES_X, 13, false)))).toList();
        double[] rowTop = new double[rows.size() + 1];
        rowTop[0] = top;
        for (int i = 0; i < rows.size(); i++) {
            rowTop[i + 1] = rowTop[i] + ROW_HEIGHT + (rowLines.get(i).size() - 1) * TEXT_LINE;
        }
        double height = rowTop[rows.size()] + 90;
        Svg svg = new Svg(WIDTH, height).title(title);
        svg.text("title", LABEL_X, 28, "start", "font-size=\"17\" font-weight=\"bold\"",
                cut(title, fits(WIDTH - 2 * LABEL_X, 17, true)));
        double noteY = 50;
        for (List<String> note : noteLines) {
            svg.text("note", LABEL_X, noteY, "start", "fill=\"#555555\" font-size=\"12\"", note, NOTE_LINE);
            noteY += note.size() * NOTE_LINE;
        }
        double header = top - 10;
        svg.text("header", LABEL_X, header, "start", "font-weight=\"bold\"", "Study");
        svg.text("header", VALUES_X, header, "start", "font-weight=\"bold\"", "Estimate [95% CI]");
        svg.text("header", WEIGHT_X, header, "end", "font-weight=\"bold\"", "Weight");
        double plotTop = top;
        double plotBottom = rowTop[rows.size()];
        double maxWeight = rows.stream().flatMap(r -> r.weightPercent().stream()).mapToDouble(Double::doubleValue)
                .max().orElse(100);
        // the line of no effect, behind the marks
        if (axis.min() <= 0 && axis.max() >= 0) {
            double zero = x(0, axis);
            svg.line("no-effect", zero, plotTop - 4, zero, plotBottom + 4, "stroke=\"#333333\" stroke-width=\"1\"");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = rowTop[i] + ROW_HEIGHT / 2;
            boolean bold = row.kind() == Kind.POOLED;
            svg.text("label", LABEL_X, y + 4, "start", bold ? "font-weight=\"bold\"" : "",
                    cut(row.label(), fits(PLOT_LEFT - LABEL_X - 8, 13, bold)));
            switch (row.kind()) {
                case STUDY -> {
                    svg.line("ci", x(row.lower(), axis), y, x(row.upper(), axis), y, "stroke=\"#000000\" stroke-width=\"1.5\"");
                    double side = MIN_SQUARE + (MAX_SQUARE - MIN_SQUARE)
                            * Math.sqrt(row.weightPercent().orElse(0.0) / maxWeight);
                    svg.rect("study", x(row.estimate(), axis) - side / 2, y - side / 2, side, side, "fill=\"#1f4e79\"");
                    svg.text("weight", WEIGHT_X, y + 4, "end", "", row.weightPercent()
                            .map(w -> String.format(Locale.ROOT, "%.1f%%", w)).orElse("not pooled"));
                }
                case POOLED, PUBLISHED -> {
                    row.prediction().ifPresent(p -> svg.line("prediction", x(p[0], axis), y, x(p[1], axis), y,
                            "stroke=\"#b03a2e\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\""));
                    double h = 8;
                    svg.polygon(row.kind() == Kind.POOLED ? "pooled" : "published", new double[] {
                        x(row.lower(), axis), y, x(row.estimate(), axis), y - h, x(row.upper(), axis), y,
                        x(row.estimate(), axis), y + h
                    }, row.kind() == Kind.POOLED
                            ? "fill=\"#b03a2e\" stroke=\"#b03a2e\""
                            : "fill=\"#ffffff\" stroke=\"#555555\" stroke-width=\"1.5\"");
                }
                case TEXT -> { }
            }
            svg.text("values", VALUES_X, y + 4, "start", row.kind() == Kind.TEXT ? "fill=\"#555555\" font-size=\"12\"" : "",
                    rowLines.get(i), TEXT_LINE);
            if (i + 1 < rows.size() && rows.get(i + 1).kind() != Kind.STUDY && row.kind() == Kind.STUDY
                    || i + 1 < rows.size() && row.kind() == Kind.TEXT && rows.get(i + 1).kind() != Kind.TEXT) {
                svg.line("separator", LABEL_X, rowTop[i + 1], WEIGHT_X, rowTop[i + 1],
                        "stroke=\"#dddddd\" stroke-width=\"1\"");
            }
        }
        // the axis with its ticks
        double axisY = plotBottom + 8;
        svg.line("axis", x(axis.min(), axis), axisY, x(axis.max(), axis), axisY, "stroke=\"#000000\" stroke-width=\"1\"");
        for (double tick : axis.ticks()) {
            double tx = x(tick, axis);
            svg.line("tick", tx, axisY, tx, axisY + 5, "stroke=\"#000000\" stroke-width=\"1\"");
            svg.text("tick-label", tx, axisY + 19, "middle", "font-size=\"12\"", axis.format(tick));
        }
        svg.text("axis-label", (PLOT_LEFT + PLOT_RIGHT) / 2, axisY + 38, "middle", "", axisLabel);
        favours.ifPresent(f -> {
            double zero = x(Math.max(axis.min(), Math.min(axis.max(), 0)), axis);
            svg.text("favours", zero - 8, axisY + 56, "end", "fill=\"#555555\" font-size=\"12\"",
                    "← " + cut(f.left(), fits(zero - 8 - LABEL_X, 12, false) - 2));
            svg.text("favours", zero + 8, axisY + 56, "start", "fill=\"#555555\" font-size=\"12\"",
                    cut(f.right(), fits(WIDTH - LABEL_X - zero - 8, 12, false) - 2) + " →");
        });
        return svg.end();
    }

    /**
     * How many characters fit in {@code width} at {@code fontSize}, taking each to be {@link #CHAR_EM} em wide
     * (10% more in bold): no font is measured, so the estimate is on the wide side of Helvetica and Arial.
     */
    static int fits(double width, double fontSize, boolean bold) {
        return Math.max(1, (int) Math.floor(width / (fontSize * CHAR_EM * (bold ? 1.1 : 1))));
    }

    /** The text, cut with an ellipsis to at most {@code max} characters. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The text in lines of at most {@code max} characters, broken at spaces (a longer word is cut). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word.length() > max ? cut(word, max) : word);
        }
        lines.add(line.toString());
        return lines;
    }

    private double[] range() {
        double min = 0;
        double max = 0;
        for (Row row : rows) {
            if (row.kind() == Kind.TEXT) {
                continue;
            }
            min = Math.min(min, row.lower());
            max = Math.max(max, row.upper());
            if (row.prediction().isPresent()) {
                min = Math.min(min, row.prediction().get()[0]);
                max = Math.max(max, row.prediction().get()[1]);
            }
        }
        double pad = (max - min) * 0.05;
        return new double[] {min - pad, max + pad};
    }

    private static double x(double value, Axis axis) {
        return PLOT_LEFT + (value - axis.min()) / (axis.max() - axis.min()) * (PLOT_RIGHT - PLOT_LEFT);
    }

    /** An axis from min to max with ticks at a "nice" step (1, 2 or 5 times a power of ten). */
    record Axis(double min, double max, double step) {
        static Axis of(double low, double high) {
            if (high - low <= 0) {
                low -= 1;
                high += 1;
            }
            double rough = (high - low) / 5;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = power;
            for (double m : new double[] {1, 2, 5, 10}) {
                if (m * power >= rough) {
                    step = m * power;
                    break;
                }
            }
            return new Axis(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long n = Math.round((max - min) / step);
            for (long i = 0; i <= n; i++) {
                ticks.add(min + i * step);
            }
            return ticks;
        }

        String format(double value) {
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            String s = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value) < step / 1e6 ? 0 : value);
            return s;
        }
    }
}
