/**
 * Constraint validators of the microbiome concept.
 *
 * <p>This package is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
@NullMarked
package org.msbiome.core.microbiome.internal;

import org.jspecify.annotations.NullMarked;
