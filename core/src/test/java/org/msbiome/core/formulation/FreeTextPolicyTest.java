package org.msbiome.core.formulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;

/**
 * One policy for free text (issue #18, D18): a product name and a maker, like a strain designation, are one
 * line of Unicode text without control characters; they accepted NUL, ESC and BEL before. An unpaired
 * surrogate (D12), which UTF-8 cannot write, is refused too.
 */
class FreeTextPolicyTest {

    private static Formulation named(String productName, String maker) {
        return new Formulation(Optional.of(productName), Optional.of(maker), FormulationKind.PROBIOTIC,
                DeliveryForm.values()[0],
                List.of(Component.of(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG,
                        Strength.of(CfuAmount.of(new BigDecimal("1E+10")), DeliveryForm.values()[0].intakeUnit()))),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vivo\u0000mix", "Vivo\u001b[2Jmix", "Vivo\u0007mix", "Vivo\nmix", "Vivo\u0085mix",
            "Vivo\u007fmix"})
    void productNameMakerAndDesignationRefuseEveryControlCharacter(String text) {
        assertThatThrownBy(() -> named(text, "Maker")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("productName").hasMessageContaining("control character U+");
        assertThatThrownBy(() -> named("Product", text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("maker").hasMessageContaining("control character U+");
        assertThatThrownBy(() -> Strain.of(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG.taxon(), text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("designation").hasMessageContaining("control character U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vivo\ud800mix", "Vivomix\udc00", "\ud83dVivomix"})
    void anUnpairedSurrogateIsRefused(String text) {
        assertThatThrownBy(() -> named(text, "Maker")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired UTF-16 surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vivomix", "Łódź Probiotics", "\u202eVivomix", "乳酸菌 \ud83e\udda0"})
    void textWithoutControlCharactersIsKept(String text) {
        assertThat(named(text, text).productName()).contains(text);
    }
}
