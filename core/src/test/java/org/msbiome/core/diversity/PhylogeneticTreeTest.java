package org.msbiome.core.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The Newick reader, on scikit-bio's and QIIME's test trees and on malformed text. */
class PhylogeneticTreeTest {
    @Test
    void readsScikitBioTreeWithASingleChildNode() {
        PhylogeneticTree t = FaithPdTest.T1;
        assertThat(t.tipLabels()).containsExactly("OTU1", "OTU2", "OTU3", "OTU4", "OTU5");
        assertThat(t.nodeCount()).isEqualTo(11); // 5 tips, 6 internal nodes including the root and a single-child node
        assertThat(t.totalBranchLength()).isCloseTo(6.25, within(1e-12));
    }

    @Test
    void readsSupportValuesAsInternalLabelsQuotedLabelsCommentsAndUnderscores() {
        assertThat(TinyTest.TREE.tipLabels()).hasSize(10).contains("None9", "295053");
        PhylogeneticTree t = PhylogeneticTree.parseNewick(" ('it''s':1[a comment],Lactobacillus_casei:2.5e0)root ;\n");
        assertThat(t.tipLabels()).containsExactly("it's", "Lactobacillus casei");
        assertThat(t.totalBranchLength()).isEqualTo(3.5);
        assertThat(PhylogeneticTree.parseNewick("A;").tipLabels()).containsExactly("A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "(A,B)", "(A,B));", "((A,B);", "(A:x,B);", "(A:-1,B);", "(A,A);", "(A,B);C",
        "('A,B);", "(A,B)[x;"})
    void rejectsMalformedNewick(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PhylogeneticTree.parseNewick(text));
    }

    @Test
    void saysWhereTheTextIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> PhylogeneticTree.parseNewick("((A,B);"))
                .withMessage("Newick: 1 unclosed '(' at character 6");
        assertThatIllegalArgumentException().isThrownBy(() -> PhylogeneticTree.parseNewick("(A:-1,B);"))
                .withMessage("Newick: branch length '-1' is negative or not finite at character 3");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void deepCaterpillarTreesDoNotOverflowTheStack(long seed) {
        Random random = new Random(seed);
        int depth = 50_000 + random.nextInt(10_000);
        StringBuilder s = new StringBuilder();
        s.append("(".repeat(depth)).append("t0:1");
        for (int i = 1; i <= depth; i++) {
            s.append(",t").append(i).append(":1):1");
        }
        PhylogeneticTree t = PhylogeneticTree.parseNewick(s.append(';').toString());
        assertThat(t.tipLabels()).hasSize(depth + 1);
        assertThat(t.nodeCount()).isEqualTo(2 * depth + 1);
    }
}
