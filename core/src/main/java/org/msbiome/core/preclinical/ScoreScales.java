package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Well-known clinical score scales.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ScoreScales {
    private ScoreScales() {}

    /**
     * The common 0–5 EAE scale of Bio-protocol (https://bio-protocol.org/exchange/minidetail?id=2595049&amp;type=30):
     * 0 none; 1 mild limp tail; 1.5 limp tail; 2 unilateral hind-limb weakness or abnormal gait;
     * 2.5 unilateral hind-limb paralysis or bilateral weakness; 3 paraplegia; 3.5 paraplegia plus unilateral
     * fore-limb weakness; 4 unilateral fore-limb paralysis or bilateral weakness; 4.5 bilateral fore-limb
     * paralysis; 5 moribund or dead. The source lists no level 0.5.
     */
    public static final ScoreScale EAE_0_TO_5 = eae0To5();

    private static ScoreScale eae0To5() {
        TreeMap<BigDecimal, String> levels = new TreeMap<>();
        levels.put(new BigDecimal("0"), "none");
        levels.put(new BigDecimal("1"), "mild limp tail");
        levels.put(new BigDecimal("1.5"), "limp tail");
        levels.put(new BigDecimal("2"), "unilateral hind-limb weakness or abnormal gait");
        levels.put(new BigDecimal("2.5"), "unilateral hind-limb paralysis or bilateral weakness");
        levels.put(new BigDecimal("3"), "paraplegia");
        levels.put(new BigDecimal("3.5"), "paraplegia plus unilateral fore-limb weakness");
        levels.put(new BigDecimal("4"), "unilateral fore-limb paralysis or bilateral weakness");
        levels.put(new BigDecimal("4.5"), "bilateral fore-limb paralysis");
        levels.put(new BigDecimal("5"), "moribund or dead");
        return new ScoreScale("EAE clinical score 0-5", levels,
                Optional.of("https://bio-protocol.org/exchange/minidetail?id=2595049&type=30"));
    }
}
