/**
 * Internals of diversity: the Newick parser.
 *
 * <p>This package is internal and is hence not for public use. Its APIs are unstable and can change at any
 * time.
 */
@NullMarked
package org.msbiome.core.diversity.internal;

import org.jspecify.annotations.NullMarked;
