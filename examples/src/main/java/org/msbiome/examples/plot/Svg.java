package org.msbiome.examples.plot;

import java.util.List;
import java.util.Locale;

/**
 * A minimal SVG writer: elements with attributes, text escaped for XML, numbers with at most two decimals.
 * Enough for a forest plot; no dependency.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(double width, double height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n")
                .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    Svg line(String cls, double x1, double y1, double x2, double y2, String style) {
        out.append("  <line class=\"").append(escape(cls)).append("\" x1=\"").append(n(x1)).append("\" y1=\"")
                .append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" ")
                .append(style).append("/>\n");
        return this;
    }

    Svg rect(String cls, double x, double y, double width, double height, String style) {
        out.append("  <rect class=\"").append(escape(cls)).append("\" x=\"").append(n(x)).append("\" y=\"")
                .append(n(y)).append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" ").append(style).append("/>\n");
        return this;
    }

    Svg polygon(String cls, double[] xy, String style) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        out.append("  <polygon class=\"").append(escape(cls)).append("\" points=\"").append(points).append("\" ")
                .append(style).append("/>\n");
        return this;
    }

    Svg circle(String cls, double cx, double cy, double r, String style) {
        out.append("  <circle class=\"").append(escape(cls)).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
                .append(n(cy)).append("\" r=\"").append(n(r)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    Svg text(String cls, double x, double y, String anchor, String style, String text) {
        out.append("  <text class=\"").append(escape(cls)).append("\" x=\"").append(n(x)).append("\" y=\"")
                .append(n(y)).append("\" text-anchor=\"").append(anchor).append('"')
                .append(style.isEmpty() ? "" : " " + style).append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * Text of several lines, one {@code tspan} per line at {@code x}, {@code lineHeight} apart; each line but the
     * last keeps the space it was broken at, so that the element's text is the text that was wrapped.
     */
    Svg text(String cls, double x, double y, String anchor, String style, List<String> lines, double lineHeight) {
        if (lines.size() == 1) {
            return text(cls, x, y, anchor, style, lines.get(0));
        }
        out.append("  <text class=\"").append(escape(cls)).append("\" x=\"").append(n(x)).append("\" y=\"")
                .append(n(y)).append("\" text-anchor=\"").append(anchor).append('"')
                .append(style.isEmpty() ? "" : " " + style).append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(y + i * lineHeight)).append("\">")
                    .append(escape(lines.get(i))).append(i + 1 < lines.size() ? " " : "").append("</tspan>");
        }
        out.append("</text>\n");
        return this;
    }

    Svg title(String text) {
        out.append("  <title>").append(escape(text)).append("</title>\n");
        return this;
    }

    String end() {
        return out + "</svg>\n";
    }

    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return "-0".equals(s) ? "0" : s;
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    // a control character XML 1.0 does not allow is shown as the replacement character
                    b.append(c >= 0x20 || c == '\t' || c == '\n' || c == '\r' ? c : '\uFFFD');
                }
            }
        }
        return b.toString();
    }
}
