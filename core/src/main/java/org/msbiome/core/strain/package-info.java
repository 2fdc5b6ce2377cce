/**
 * Strains: a {@link org.msbiome.core.strain.Strain} is a taxon, a strain designation ("GG") and the
 * strain's {@link org.msbiome.core.strain.Deposit deposits} in culture collections ("ATCC 53103"). Deposits
 * are parsed from the spellings papers use ("ATCC53103", "ATCC-53103", "DSM 110574T") and written in one
 * form. {@link org.msbiome.core.strain.Strains} holds well-known strains, {@link
 * org.msbiome.core.strain.CultureCollections} the collections msbiome knows.
 */
@NullMarked
package org.msbiome.core.strain;

import org.jspecify.annotations.NullMarked;
