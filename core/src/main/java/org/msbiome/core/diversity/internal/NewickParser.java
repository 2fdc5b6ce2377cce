package org.msbiome.core.diversity.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/**
 * A Newick parser (the "New Hampshire" format, https://phylipweb.github.io/phylip/newicktree.html): nested
 * parentheses, unquoted labels (an underscore reads as a space, as in scikit-bio and PHYLIP), single-quoted labels
 * ({@code ''} is a quote), branch lengths after {@code :}, comments in square brackets, and internal-node labels
 * such as support values. Nodes with one child are kept (scikit-bio's test trees have them).
 *
 * <p>The result is the tree in post-order (every child before its parent, the root last), as parallel arrays.
 * Errors name the character offset. Iterative, so deep (caterpillar) trees do not overflow the stack.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at any time.
 */
public final class NewickParser {
    /** The largest Newick text accepted, in characters. */
    public static final int MAX_LENGTH = 256 * 1024 * 1024;

    private final String text;
    private int pos;

    private NewickParser(String text) {
        this.text = text;
    }

    /**
     * A parsed tree in post-order.
     *
     * @param parent index of each node's parent, -1 for the root (the last node)
     * @param length each node's branch length to its parent; NaN when the Newick gives none
     * @param label each node's label, null when unlabelled
     * @param isTip whether each node is a tip (has no children)
     */
    public record Parsed(int[] parent, double[] length, @Nullable String[] label, boolean[] isTip) {}

    /**
     * Parses one Newick tree (the text ends with {@code ;}, optionally followed by white space).
     *
     * @param text the Newick text
     * @return the tree in post-order
     * @throws IllegalArgumentException if the text is not one well-formed Newick tree; the message says where
     */
    public static Parsed parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Newick text has " + text.length() + " characters; at most "
                    + MAX_LENGTH + " are accepted");
        }
        return new NewickParser(text).tree();
    }

    private Parsed tree() {
        // Node storage in creation order; children are completed before their parent closes.
        List<Integer> parentOf = new ArrayList<>();
        List<Double> lengths = new ArrayList<>();
        List<@Nullable String> labels = new ArrayList<>();
        List<Boolean> tips = new ArrayList<>();
        List<Integer> order = new ArrayList<>(); // post-order sequence of node ids
        // Stack of open internal nodes (their ids) and whether each expects a child next.
        List<Integer> open = new ArrayList<>();
        skipBlank();
        if (pos >= text.length()) {
            throw error("the Newick text is empty");
        }
        boolean expectChild = true;
        int lastClosed = -1;
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                throw error("the tree is not terminated by ';'");
            }
            char c = text.charAt(pos);
            if (expectChild) {
                if (c == '(') {
                    pos++;
                    int id = newNode(parentOf, lengths, labels, tips, open.isEmpty() ? -1 : open.get(open.size() - 1), false);
                    open.add(id);
                    continue;
                }
                // a tip (possibly unlabelled)
                int id = newNode(parentOf, lengths, labels, tips, open.isEmpty() ? -1 : open.get(open.size() - 1), true);
                readLabelAndLength(id, labels, lengths);
                order.add(id);
                lastClosed = id;
                expectChild = false;
                if (open.isEmpty()) {
                    // a tree that is a single tip
                    return finish(parentOf, lengths, labels, tips, order);
                }
                continue;
            }
            if (c == ',') {
                if (open.isEmpty()) {
                    throw error("',' outside parentheses");
                }
                pos++;
                expectChild = true;
            } else if (c == ')') {
                if (open.isEmpty()) {
                    throw error("unbalanced ')'");
                }
                pos++;
                int id = open.remove(open.size() - 1);
                readLabelAndLength(id, labels, lengths);
                order.add(id);
                lastClosed = id;
                if (open.isEmpty()) {
                    return finish(parentOf, lengths, labels, tips, order);
                }
            } else if (c == ';') {
                throw error(open.size() + " unclosed '('");
            } else {
                throw error("unexpected " + Checks.quote(String.valueOf(c)) + " after node " + lastClosed);
            }
        }
    }

    private Parsed finish(List<Integer> parentOf, List<Double> lengths, List<@Nullable String> labels,
            List<Boolean> tips, List<Integer> order) {
        skipBlank();
        if (pos >= text.length() || text.charAt(pos) != ';') {
            throw error("expected ';' after the root");
        }
        pos++;
        skipBlank();
        if (pos < text.length()) {
            throw error("text after the tree's ';'");
        }
        int n = order.size();
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order.get(i)] = i;
        }
        int[] parent = new int[n];
        double[] length = new double[n];
        @Nullable String[] label = new @Nullable String[n];
        boolean[] isTip = new boolean[n];
        for (int i = 0; i < n; i++) {
            int id = order.get(i);
            int p = parentOf.get(id);
            parent[i] = p < 0 ? -1 : rank[p];
            length[i] = lengths.get(id);
            label[i] = labels.get(id);
            isTip[i] = tips.get(id);
        }
        return new Parsed(parent, length, label, isTip);
    }

    private static int newNode(List<Integer> parentOf, List<Double> lengths, List<@Nullable String> labels,
            List<Boolean> tips, int parent, boolean tip) {
        parentOf.add(parent);
        lengths.add(Double.NaN);
        labels.add(null);
        tips.add(tip);
        return parentOf.size() - 1;
    }

    private void readLabelAndLength(int id, List<@Nullable String> labels, List<Double> lengths) {
        skipBlank();
        String label = readLabel();
        labels.set(id, label);
        skipBlank();
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            skipBlank();
            int start = pos;
            while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String number = text.substring(start, pos);
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("branch length " + Checks.quote(number) + " is not a number");
            }
            if (!Double.isFinite(value) || value < 0) {
                pos = start;
                throw error("branch length " + Checks.quote(number) + " is negative or not finite");
            }
            lengths.set(id, value);
        }
    }

    private @Nullable String readLabel() {
        if (pos >= text.length()) {
            return null;
        }
        if (text.charAt(pos) == '\'') {
            int start = pos;
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    pos = start;
                    throw error("unterminated quoted label");
                }
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        out.append('\'');
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if ("(),:;[".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                break;
            }
            out.append(c == '_' ? ' ' : c);
            pos++;
        }
        return out.isEmpty() ? null : out.toString();
    }

    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '[') {
                int end = text.indexOf(']', pos);
                if (end < 0) {
                    throw error("unterminated comment '['");
                }
                pos = end + 1;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Newick: " + what + " at character " + pos);
    }
}
