/**
 * Immune markers and their measured changes: cytokines, cell populations and other biomarkers
 * ({@link org.msbiome.core.immune.Marker}), well-known values in {@link org.msbiome.core.immune.Cytokines},
 * {@link org.msbiome.core.immune.CellPopulations} and {@link org.msbiome.core.immune.Biomarkers}, lookup by
 * any alias in {@link org.msbiome.core.immune.Markers}, and {@link org.msbiome.core.immune.ImmuneEffect},
 * the effect of an intervention on a marker in a {@link org.msbiome.core.immune.MeasurementContext}.
 *
 * <p>Gene symbols are HGNC symbols with NCBI Gene IDs as given by WikiPathways and PFOCR tables; class
 * labels and T-helper axes are bundled only where a cited source states them, otherwise they are absent.
 */
@NullMarked
package org.msbiome.core.immune;

import org.jspecify.annotations.NullMarked;
