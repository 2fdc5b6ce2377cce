package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Well-known strains used in MS models.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class AnimalStrains {
    private AnimalStrains() {}

    /**
     * C57BL/6 mice (H-2b): MOG35–55 EAE with a chronic, non-remitting course
     * (https://pmc.ncbi.nlm.nih.gov/articles/PMC4002320/table/tbl1).
     */
    public static final AnimalStrain C57BL_6 = new AnimalStrain(Species.MOUSE, "C57BL/6", Optional.of("H-2b"));

    /**
     * SJL mice (H-2s): PLP139–151 or MBP EAE with a relapsing-remitting course
     * (https://pmc.ncbi.nlm.nih.gov/articles/PMC4002320/table/tbl1). The source names the strain "SJL"
     * without a substrain.
     */
    public static final AnimalStrain SJL = new AnimalStrain(Species.MOUSE, "SJL", Optional.of("H-2s"));

    /** Lewis rats: MBP EAE (https://scilit.net/publications/f6a04650bd1d65a24374233019e4897e). */
    public static final AnimalStrain LEWIS_RAT = AnimalStrain.of(Species.RAT, "Lewis");

    /**
     * HLA-DR3.DQ8 transgenic mice, used for Prevotella histicola EAE studies (Shahi 2020,
     * DOI 10.3389/fimmu.2020.578648).
     */
    public static final AnimalStrain HLA_DR3_DQ8 = AnimalStrain.of(Species.MOUSE, "HLA-DR3.DQ8 transgenic");
}
