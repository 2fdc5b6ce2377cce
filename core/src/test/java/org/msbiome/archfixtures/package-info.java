/**
 * Deliberately broken classes, imported only by {@code org.msbiome.core.ArchitectureTest} to show that each
 * architecture rule fails when its rule is broken. Nothing here is used by any other code.
 */
@NullMarked
package org.msbiome.archfixtures;

import org.jspecify.annotations.NullMarked;
