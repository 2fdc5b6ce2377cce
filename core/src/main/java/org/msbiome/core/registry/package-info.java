/**
 * Trial-registry identifiers: {@link org.msbiome.core.registry.RegistryId} pairs a
 * {@link org.msbiome.core.registry.Registry} with an identifier checked against that registry's format.
 *
 * <p>The WHO Trial Registration Data Set (v1.3.1) gives every secondary identifier two elements, the
 * issuing authority and a number (https://www.who.int/clinical-trials-registry-platform/network/who-data-set),
 * which is the shape used here.
 */
@NullMarked
package org.msbiome.core.registry;

import org.jspecify.annotations.NullMarked;
