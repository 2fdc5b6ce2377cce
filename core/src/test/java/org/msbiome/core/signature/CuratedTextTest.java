package org.msbiome.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.msbiome.fixtures.PublishedSignatures;

/**
 * The curated text of experiments and signatures (WIRE-FORMAT.md, Free text): kept over several lines as the
 * curator wrote it, but never blank and never with a control character other than a line break or a tab.
 */
class CuratedTextTest {
    private static final Curation CURATION = Curation.unrecorded();

    @Test
    void aCuratedTextKeepsItsLineBreaks() {
        // BugSigDB row bsdb:27362264/1/1: the antibiotics exclusion is curated over two lines.
        Experiment jangi = PublishedSignatures.jangi2016Experiment1();
        Experiment twoLines = withAntibiotics(jangi, Optional.of("2 weeks prior to delivery\n2 weeks after delivery"));

        assertThat(twoLines.antibioticsExclusion()).contains("2 weeks prior to delivery\n2 weeks after delivery");
    }

    @Test
    void aCuratedTextIsTrimmed() {
        Signature signature = new Signature("bsdb:1/1/1", AbundanceDirection.INCREASED, List.of(),
                Optional.of("  Figure 2a \n"), Optional.empty(), CURATION, Optional.empty());

        assertThat(signature.source()).contains("Figure 2a");
    }

    @Test
    void anEscapeOrBellInADescriptionIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> new Signature("bsdb:1/1/1", AbundanceDirection.INCREASED, List.of(),
                Optional.empty(), Optional.of("MS vs controls\u001b[2J\u0007"), CURATION, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("description 'MS vs controls\\u001b[2J\\u0007' contains the control character U+001B"
                        + " at character 15; curated text may hold line breaks and tabs but no other control character");
    }

    @Test
    void aBlankCuratedTextIsRefusedSinceAbsenceIsSaidByLeavingItOut() {
        assertThatThrownBy(() -> new Curation(Optional.empty(), Optional.of("  "), Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("curator must not be blank; leave it out when nothing is given");
    }

    @Test
    void listElementsAreNamedByTheirIndex() {
        assertThatThrownBy(() -> new SourceStudy("1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("gut", "\u0000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("keywords[1] '\\u0000' contains the control character U+0000 at character 1");
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertThatThrownBy(() -> new Curation(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Claregrieve\ud800"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewer")
                .hasMessageContaining("unpaired UTF-16 surrogate U+D800");
    }

    private static Experiment withAntibiotics(Experiment e, Optional<String> antibiotics) {
        return new Experiment(e.id(), e.study(), e.name(), e.hostSpecies(), e.location(), e.bodySite(), e.bodySiteId(),
                e.condition(), e.conditionTerms(), e.group0(), e.group1(), antibiotics, e.sequencingMethod(),
                e.variableRegion(), e.platform(), e.dataTransformation(), e.statisticalTest(),
                e.significanceThreshold(), e.multipleTestingCorrection(), e.ldaScoreAbove(), e.matchedOn(),
                e.confounders(), e.diversity(), e.signatures(), e.provenance());
    }
}
