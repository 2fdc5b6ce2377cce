/**
 * Units and quantities: {@link org.msbiome.core.measure.UcumUnit}, the UCUM codes msbiome accepts,
 * {@link org.msbiome.core.measure.Quantity} and {@link org.msbiome.core.measure.TimePoint}.
 *
 * <p>Units are the case-sensitive codes of the Unified Code for Units of Measure (UCUM 2.2,
 * https://ucum.org/ucum). msbiome whitelists the few codes its vocabulary needs instead of bundling a
 * full UCUM parser; each code is built only from atoms and prefixes defined in UCUM.
 */
@NullMarked
package org.msbiome.core.measure;

import org.jspecify.annotations.NullMarked;
