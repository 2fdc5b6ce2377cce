package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * SYRCLE risk-of-bias judgements of an animal study, one per assessed entry (Hooijmans et al. 2014;
 * https://pmc.ncbi.nlm.nih.gov/articles/PMC4230647/table/T2). An entry that was not assessed is absent.
 * There is deliberately no summary score: reviews applying the tool avoid one "to avoid assigning weights"
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC6471887/table/nutrients-11-00633-t0A1).
 *
 * @param judgements the judgement of each assessed entry
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SyrcleRiskOfBias(Map<SyrcleItem, BiasJudgement> judgements) {

    /**
     * Copies the map.
     *
     * @throws NullPointerException if the map, an entry or a judgement is null
     */
    public SyrcleRiskOfBias {
        Objects.requireNonNull(judgements, "judgements");
        EnumMap<SyrcleItem, BiasJudgement> copy = new EnumMap<>(SyrcleItem.class);
        judgements.forEach((item, judgement) -> copy.put(
                Objects.requireNonNull(item, "judgements key"),
                Objects.requireNonNull(judgement, "judgements[" + item.code() + "]")));
        judgements = Collections.unmodifiableMap(copy);
    }

    /** No entry assessed yet. */
    public static SyrcleRiskOfBias none() {
        return new SyrcleRiskOfBias(Map.of());
    }

    /** A copy with this judgement of this entry. */
    public SyrcleRiskOfBias with(SyrcleItem item, BiasJudgement judgement) {
        EnumMap<SyrcleItem, BiasJudgement> copy = new EnumMap<>(SyrcleItem.class);
        copy.putAll(judgements);
        copy.put(Objects.requireNonNull(item, "item"), Objects.requireNonNull(judgement, "judgement"));
        return new SyrcleRiskOfBias(copy);
    }

    /** The judgement of an entry, if it was assessed. */
    public Optional<BiasJudgement> judgement(SyrcleItem item) {
        return Optional.ofNullable(judgements.get(item));
    }

    /** Whether all ten entries are judged. */
    public boolean isComplete() {
        return judgements.size() == SyrcleItem.values().length;
    }
}
