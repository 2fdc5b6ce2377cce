/**
 * Constraint validators and helpers of {@link org.msbiome.core.signature}. Internal: not for public use.
 */
@NullMarked
package org.msbiome.core.signature.internal;

import org.jspecify.annotations.NullMarked;
