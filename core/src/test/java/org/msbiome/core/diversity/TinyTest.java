package org.msbiome.core.diversity;

import java.util.List;

/** The QIIME 1.9.1 "tiny test" table and midpoint-rooted tree, verbatim from scikit-bio (commit 2068527a). */
final class TinyTest {
    static final List<String> SAMPLES = List.of("f2", "f1", "f3", "f4", "p2", "p1", "t1", "t2");
    static final List<String> OTUS = List.of("295053", "42684", "None11", "None7", "None5", "None4", "None3",
            "879972", "None9", "None8");
    static final double[][] TABLE = {
        {20, 18, 18, 22, 4, 0, 0, 0},
        {0, 0, 0, 0, 1, 0, 0, 0},
        {1, 0, 0, 0, 1, 1, 0, 0},
        {0, 0, 0, 0, 1, 0, 0, 0},
        {0, 0, 0, 0, 1, 0, 0, 0},
        {0, 0, 0, 0, 1, 1, 0, 0},
        {0, 0, 0, 0, 1, 0, 2, 3},
        {0, 0, 0, 0, 9, 20, 1, 4},
        {0, 0, 0, 0, 3, 0, 19, 15},
        {1, 4, 4, 0, 0, 0, 0, 0}};
    static final PhylogeneticTree TREE = PhylogeneticTree.parseNewick("(((879972:0.05039,None3:0.00778)0.980:0.15948,"
            + "((None11:0.07161,None4:0.06965)0.917:0.09643,(295053:0.06096,42684:0.15599)0.910:0.08898)0.899:0.09227)"
            + "0.958:0.064315,(None8:0.09606,(None7:0.10435,(None5:0.02626,None9:0.00014)1.000:0.25335)0.753:0.0465)"
            + ":0.075445)root;");

    private TinyTest() {}

    static double[] column(int sample) {
        double[] out = new double[OTUS.size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = TABLE[f][sample];
        }
        return out;
    }
}
