/**
 * Constraint validators behind the public constraints of {@code org.msbiome.core.effect}.
 * Internal: not exported (opened to Hibernate Validator only), not for public use.
 */
@NullMarked
package org.msbiome.core.effect.internal;

import org.jspecify.annotations.NullMarked;
