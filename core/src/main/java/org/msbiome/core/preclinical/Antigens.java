package org.msbiome.core.preclinical;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Well-known EAE antigens (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Antigens {
    private Antigens() {}

    /**
     * Myelin oligodendrocyte glycoprotein peptide 35–55, sequence MEVGWYRSPFSRVVHLYRNGK
     * (https://bio-protocol.org/exchange/minidetail?id=2595049&amp;type=30).
     */
    public static final Antigen MOG_35_55 = new Antigen("MOG35-55", Optional.of("MEVGWYRSPFSRVVHLYRNGK"));

    /** Proteolipid protein peptide 139–151 (https://pmc.ncbi.nlm.nih.gov/articles/PMC7654287/table/T2). */
    public static final Antigen PLP_139_151 = Antigen.of("PLP139-151");

    /** Myelin basic protein (https://pmc.ncbi.nlm.nih.gov/articles/PMC4002320/table/tbl1). */
    public static final Antigen MBP = Antigen.of("MBP");
}
