package org.msbiome.core.preclinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** SYRCLE RoB tool, Hooijmans et al. 2014 (BMC Med Res Methodol 14:43), table 2. */
class SyrcleRiskOfBiasTest {

    @Test
    void theToolHasTenEntriesInSixDomains() {
        assertThat(SyrcleItem.values()).hasSize(10);
        assertThat(Arrays.stream(SyrcleItem.values()).mapToInt(SyrcleItem::number)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Arrays.stream(SyrcleItem.values()).filter(i -> i.domain() == SyrcleDomain.SELECTION))
                .containsExactly(SyrcleItem.SEQUENCE_GENERATION, SyrcleItem.BASELINE_CHARACTERISTICS,
                        SyrcleItem.ALLOCATION_CONCEALMENT);
        assertThat(SyrcleItem.RANDOM_HOUSING.domain()).isEqualTo(SyrcleDomain.PERFORMANCE);
        assertThat(SyrcleItem.BLINDING_OF_OUTCOME_ASSESSOR.domain()).isEqualTo(SyrcleDomain.DETECTION);
        assertThat(SyrcleItem.OTHER_BIAS.domain()).isEqualTo(SyrcleDomain.OTHER);
    }

    @Test
    void unassessedEntriesAreAbsent() {
        SyrcleRiskOfBias rob = SyrcleRiskOfBias.none()
                .with(SyrcleItem.SEQUENCE_GENERATION, BiasJudgement.UNCLEAR)
                .with(SyrcleItem.SELECTIVE_OUTCOME_REPORTING, BiasJudgement.LOW);

        assertThat(rob.judgement(SyrcleItem.SEQUENCE_GENERATION)).contains(BiasJudgement.UNCLEAR);
        assertThat(rob.judgement(SyrcleItem.RANDOM_HOUSING)).isEmpty();
        assertThat(rob.isComplete()).isFalse();
    }

    @Test
    void allTenJudgedIsComplete() {
        SyrcleRiskOfBias rob = SyrcleRiskOfBias.none();
        for (SyrcleItem item : SyrcleItem.values()) {
            rob = rob.with(item, BiasJudgement.HIGH);
        }
        assertThat(rob.isComplete()).isTrue();
        assertThat(BiasJudgement.fromCode("unclear")).isSameAs(BiasJudgement.UNCLEAR);
        assertThat(SyrcleItem.fromCode("random-housing")).isSameAs(SyrcleItem.RANDOM_HOUSING);
    }
}
