/**
 * Helpers shared by the core packages. Internal: not exported, not for public use.
 */
@NullMarked
package org.msbiome.core.internal;

import org.jspecify.annotations.NullMarked;
