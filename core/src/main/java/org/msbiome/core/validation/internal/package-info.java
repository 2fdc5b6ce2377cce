/**
 * Constraint validators behind the generic constraints of {@code org.msbiome.core.validation}.
 * Internal: not exported (opened to Hibernate Validator only), not for public use.
 */
@NullMarked
package org.msbiome.core.validation.internal;

import org.jspecify.annotations.NullMarked;
