/**
 * A curated catalog of published probiotic–MS studies ({@link org.msbiome.examples.catalog.Catalog}): human
 * trials, an EAE study and two meta-analyses' pooled results, each value from a source the catalog names.
 */
@NullMarked
package org.msbiome.examples.catalog;

import org.jspecify.annotations.NullMarked;
