/** The guided tour of the msbiome vocabulary ({@link org.msbiome.examples.tour.Tour}). */
@NullMarked
package org.msbiome.examples.tour;

import org.jspecify.annotations.NullMarked;
