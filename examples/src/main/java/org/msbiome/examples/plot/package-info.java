/** A small, dependency-free SVG renderer for forest plots ({@link org.msbiome.examples.plot.ForestPlot}). */
@NullMarked
package org.msbiome.examples.plot;

import org.jspecify.annotations.NullMarked;
