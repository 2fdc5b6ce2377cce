package org.msbiome.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Registry formats per the team's standards sheet §2 (sources: ClinicalTrials.gov API v2.0.5,
 * maia-sh/ctregistries registries.csv, UK CT toolkit for EudraCT, umin.ac.jp/ctr, WHO TRDS).
 */
class RegistryIdTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                argumentSet("NCT canonical", Registry.CLINICALTRIALS_GOV, "NCT02513394", "NCT02513394"),
                argumentSet("NCT with space", Registry.CLINICALTRIALS_GOV, "NCT 01234567", "NCT01234567"),
                argumentSet("NCT lower case", Registry.CLINICALTRIALS_GOV, " nct01234567 ", "NCT01234567"),
                argumentSet("ISRCTN as papers write it", Registry.ISRCTN, "ISRCTN 49204710", "ISRCTN49204710"),
                argumentSet("EudraCT", Registry.EUDRACT, "2014-005181-30", "2014-005181-30"),
                argumentSet("EudraCT from its first year, 2004", Registry.EUDRACT, "2004-000123-45", "2004-000123-45"),
                argumentSet("EU CT", Registry.EU_CT, "2022-500024-30-00", "2022-500024-30-00"),
                argumentSet("IRCT (the 2019 S. boulardii protocol, Aghamohammadi D, PMID 31234904)", Registry.IRCT, "IRCT20161022030424N1", "IRCT20161022030424N1"),
                argumentSet("IRCT older, lower case", Registry.IRCT, "irct2016080318745n10", "IRCT2016080318745N10"),
                argumentSet("ANZCTR", Registry.ANZCTR, "ACTRN12626001215314", "ACTRN12626001215314"),
                argumentSet("ChiCTR", Registry.CHICTR, "ChiCTR2400080001", "ChiCTR2400080001"),
                argumentSet("ChiCTR older form, lower case", Registry.CHICTR, "chictr-trc-12345678", "ChiCTR-TRC-12345678"),
                argumentSet("DRKS", Registry.DRKS, "DRKS00005115", "DRKS00005115"),
                argumentSet("CTRI lower case", Registry.CTRI, "ctri/2024/01/061234", "CTRI/2024/01/061234"),
                argumentSet("jRCT upper-case prefix", Registry.JRCT, "JRCT2031230001", "jRCT2031230001"),
                argumentSet("UMIN-CTR", Registry.UMIN_CTR, "UMIN000023456", "UMIN000023456"),
                argumentSet("WHO UTN", Registry.WHO_UTN, "U1111-1111-4101", "U1111-1111-4101"));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsAndNormalizesValidIdentifiers(Registry registry, String input, String canonical) {
        RegistryId id = RegistryId.of(registry, input);

        assertThat(id.value()).isEqualTo(canonical);
        assertThat(id.registry()).isEqualTo(registry);
        assertThat(id).isEqualTo(RegistryId.of(registry, canonical));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void parseDetectsTheRegistryFromThePrefix(Registry registry, String input, String canonical) {
        assertThat(RegistryId.parse(input)).isEqualTo(new RegistryId(registry, canonical));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                argumentSet("NCT with 7 digits", Registry.CLINICALTRIALS_GOV, "NCT1234567"),
                argumentSet("NCT with 9 digits", Registry.CLINICALTRIALS_GOV, "NCT012345678"),
                argumentSet("ISRCTN with 7 digits", Registry.ISRCTN, "ISRCTN4920471"),
                argumentSet("EudraCT from the 18th century", Registry.EUDRACT, "1814-005181-30"),
                argumentSet("EudraCT from before 2004, when EudraCT began", Registry.EUDRACT, "1999-005181-30"),
                argumentSet("EudraCT from 2003", Registry.EUDRACT, "2003-005181-30"),
                argumentSet("EudraCT with 5-digit sequence", Registry.EUDRACT, "2014-05181-30"),
                argumentSet("EU CT without the last part", Registry.EU_CT, "2022-500024-30"),
                argumentSet("IRCT without N", Registry.IRCT, "IRCT20161022030424"),
                argumentSet("IRCT with 10 digits", Registry.IRCT, "IRCT2016102203N1"),
                argumentSet("ANZCTR not starting 126", Registry.ANZCTR, "ACTRN12526001215314"),
                argumentSet("ChiCTR with 7 digits", Registry.CHICTR, "ChiCTR2400080"),
                argumentSet("DRKS without 000", Registry.DRKS, "DRKS10005115"),
                argumentSet("CTRI in the 1990s", Registry.CTRI, "CTRI/1999/01/061234"),
                argumentSet("CTRI number not starting 0", Registry.CTRI, "CTRI/2024/01/161234"),
                argumentSet("jRCT with 8 digits", Registry.JRCT, "jRCT20312300"),
                argumentSet("UMIN reception number", Registry.UMIN_CTR, "R000023456"),
                argumentSet("WHO UTN not U1111", Registry.WHO_UTN, "U1112-1111-4101"),
                argumentSet("NCT id given as ISRCTN", Registry.ISRCTN, "NCT01234567"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsMalformedIdentifiersNamingTheRegistryAndAnExample(Registry registry, String input) {
        assertThatThrownBy(() -> RegistryId.of(registry, input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registry id '" + input + "' is not a " + registry.code()
                        + " identifier; expected the form of '" + registry.example() + "'");
    }

    @ParameterizedTest
    @EnumSource(Registry.class)
    void everyRegistryExampleIsValidAndDetected(Registry registry) {
        assertThat(RegistryId.parse(registry.example())).isEqualTo(RegistryId.of(registry, registry.example()));
        assertThat(Registry.fromCode(registry.code())).isSameAs(registry);
    }

    @Test
    void parseRejectsTextOfNoKnownRegistryListingTheForms() {
        assertThatThrownBy(() -> RegistryId.parse("PACTR202301234567890"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("registry id 'PACTR202301234567890' has the form of no known registry;")
                .hasMessageContaining("clinicaltrials-gov 'NCT01234567'")
                .hasMessageContaining("who-utn 'U1111-1111-4101'");
        assertThat(RegistryId.lookup("not an id")).isEmpty();
    }

    @Test
    void rejectsNullRegistryOrValueNamingTheComponent() {
        assertThatThrownBy(() -> RegistryId.of(null, "NCT01234567"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("registry");
        assertThatThrownBy(() -> RegistryId.of(Registry.ISRCTN, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }

    @Test
    void toStringShowsRegistryCodeAndValue() {
        assertThat(RegistryId.parse("IRCT20161022030424N1")).hasToString("irct:IRCT20161022030424N1");
    }

    @Test
    void fromCodeListsValidCodesForAnUnknownCode() {
        assertThatThrownBy(() -> Registry.fromCode("NCT"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("registry 'NCT' is unknown; expected one of clinicaltrials-gov, isrctn,");
    }

}
