/**
 * Who a study includes: MS phenotypes with their modifiers ({@link org.msbiome.core.population.MsCourse}),
 * EDSS values ({@link org.msbiome.core.population.Edss}), age and sex, background therapy, gathered in a
 * {@link org.msbiome.core.population.Population}.
 *
 * <p>Phenotypes and modifiers follow Lublin et al. 2014, "Defining the clinical course of multiple
 * sclerosis: the 2013 revisions", Neurology 83(3):278–286, PMID 24871874. EDSS steps follow Kurtzke 1983,
 * Neurology 33:1444–1452.
 */
@NullMarked
package org.msbiome.core.population;

import org.jspecify.annotations.NullMarked;
