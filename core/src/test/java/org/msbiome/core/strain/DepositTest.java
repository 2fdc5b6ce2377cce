package org.msbiome.core.strain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Spellings from reference sheet biology.md §1.4 (CCM, CABRI, J Clin Pathol table, Biocodex, LPSN TSV). */
class DepositTest {
    private static final String EXPECTED =
            "expected a collection and a number, like 'ATCC 53103', 'LMG P-21384' or 'DSM 110574T'";

    static Stream<Arguments> validSpellings() {
        return Stream.of(
                argumentSet("space", "ATCC 53103", "ATCC 53103", false),
                argumentSet("no separator", "ATCC53103", "ATCC 53103", false),
                argumentSet("hyphen", "ATCC-53103", "ATCC 53103", false),
                argumentSet("lower case", "atcc 53103", "ATCC 53103", false),
                argumentSet("surrounding space", "  ATCC 53103 ", "ATCC 53103", false),
                argumentSet("DSM", "DSM 13434", "DSM 13434", false),
                argumentSet("LMG patent deposit", "LMG P-21384", "LMG P-21384", false),
                argumentSet("LMG patent deposit, no space", "LMGP-21384", "LMG P-21384", false),
                argumentSet("LMG patent deposit, lower case", "lmg p-21384", "LMG P-21384", false),
                argumentSet("CNCM", "CNCM I-745", "CNCM I-745", false),
                argumentSet("NCIMB", "NCIMB 9278", "NCIMB 9278", false),
                argumentSet("NCTC", "NCTC 2665", "NCTC 2665", false),
                argumentSet("CIP with letter", "CIP A270", "CIP A270", false),
                argumentSet("JCM", "JCM 1464", "JCM 1464", false),
                argumentSet("JCM hyphenated (LPSN)", "JCM-34227", "JCM 34227", false),
                argumentSet("KCTC hyphenated (LPSN)", "KCTC-62579", "KCTC 62579", false),
                argumentSet("type strain", "DSM 110574T", "DSM 110574T", true),
                argumentSet("type strain, superscript", "DSM 110574ᵀ", "DSM 110574T", true),
                argumentSet("type strain, LMG", "LMG 31633T", "LMG 31633T", true));
    }

    @ParameterizedTest
    @MethodSource("validSpellings")
    void parsesUsualSpellings(String text, String written, boolean typeStrain) {
        Deposit deposit = Deposit.parse(text);

        assertThat(deposit).hasToString(written);
        assertThat(deposit.typeStrain()).isEqualTo(typeStrain);
        assertThat(Deposit.parse(deposit.toString())).isEqualTo(deposit);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                argumentSet("blank", "  ", "deposit must not be blank; " + EXPECTED),
                argumentSet("number only", "53103", "deposit '53103' does not start with a collection acronym; "
                        + EXPECTED),
                argumentSet("no number", "ATCC", "deposit 'ATCC' has no number; " + EXPECTED),
                argumentSet("no number after hyphen", "ATCC-", "deposit 'ATCC-' has no number; " + EXPECTED),
                argumentSet("misspelt acronym", "ATTC 53103", "deposit 'ATTC 53103': culture collection 'ATTC' is"
                        + " not one msbiome knows (ATCC, CIP, CNCM, DSM, JCM, KCTC, LMG, NCIMB, NCTC); check the"
                        + " spelling, or for another collection use Deposit.parseAnyCollection(..) or"
                        + " Deposit.of(CultureCollection.of(..), ..)"),
                argumentSet("DSMZ is not the acronym", "DSMZ 1234", "deposit 'DSMZ 1234': culture collection"
                        + " 'DSMZ' is not one msbiome knows (ATCC, CIP, CNCM, DSM, JCM, KCTC, LMG, NCIMB, NCTC);"
                        + " check the spelling, or for another collection use Deposit.parseAnyCollection(..) or"
                        + " Deposit.of(CultureCollection.of(..), ..)"),
                argumentSet("letters in number", "ATCC 53x03", "deposit 'ATCC 53x03': number '53x03' is malformed;"
                        + " expected digits, optionally after a letter prefix such as 'P-' or 'I-' and followed by the"
                        + " type-strain mark 'T'; " + EXPECTED),
                argumentSet("designation after number", "ATCC 53103 GG", "deposit 'ATCC 53103 GG': number"
                        + " '53103 GG' is malformed; expected digits, optionally after a letter prefix such as 'P-'"
                        + " or 'I-' and followed by the type-strain mark 'T'; " + EXPECTED),
                argumentSet("mark only", "DSM T", "deposit 'DSM T': number 'T' is malformed; expected digits,"
                        + " optionally after a letter prefix such as 'P-' or 'I-' and followed by the type-strain"
                        + " mark 'T'; " + EXPECTED));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void rejectsInvalidInput(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Deposit.parse(text)).withMessage(message);
    }

    @Test
    void parsesUnknownCollectionOnlyWhenAskedAndWrittenInUpperCase() {
        // CGMCC's format is unverified in the reference; it stands here for any collection msbiome does not know.
        Deposit deposit = Deposit.parseAnyCollection("CGMCC 1.551");

        assertThat(deposit.collection()).isEqualTo(CultureCollection.of("CGMCC"));
        assertThat(deposit.collection().isWellKnown()).isFalse();
        assertThat(deposit).hasToString("CGMCC 1.551");
        assertThat(Deposit.parseAnyCollection("ATCC53103")).isEqualTo(Deposit.parse("ATCC 53103"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Deposit.parseAnyCollection("cgmcc 1.551"))
                .withMessage("deposit 'cgmcc 1.551': acronym 'cgmcc' of a collection msbiome does not know must be"
                        + " written as the collection writes it, 2 to 10 upper-case letters; " + EXPECTED);
    }

    @Test
    void parsesEquivalentDepositsOfOneStrain() {
        assertThat(Deposit.parseEquivalents("DSM 110574T=LMG 31633T"))
                .containsExactly(Deposit.parse("DSM 110574T"), Deposit.parse("LMG 31633T"));
        assertThat(Deposit.parseEquivalents("ATCC 4698 = DSM 20030 = JCM 1464 = LMG 4050 = NCIMB 9278 = NCTC 2665"
                        + " = CIP A270"))
                .hasSize(7);
    }

    @Test
    void sameAccessionIgnoresTypeStrainMark() {
        Deposit marked = Deposit.parse("DSM 110574T");
        Deposit unmarked = Deposit.parse("DSM 110574");

        assertThat(marked).isNotEqualTo(unmarked);
        assertThat(marked.sameAccessionAs(unmarked)).isTrue();
        assertThat(marked.sameAccessionAs(Deposit.parse("LMG 110574"))).isFalse();
    }

    @Test
    void constructorRejectsMalformedAccession() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Deposit.of(CultureCollections.ATCC, "53 103"))
                .withMessage("accession '53 103' of ATCC is malformed; expected digits, optionally after a letter"
                        + " prefix such as 'P-' or 'I-', like '53103' or 'P-21384'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CultureCollection.of("Atcc"))
                .withMessage("culture collection acronym 'Atcc' is malformed; expected 2 to 10 upper-case letters,"
                        + " like 'ATCC' or 'DSM'");
    }
}
