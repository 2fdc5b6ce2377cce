/**
 * The machinery of the msbiome JSON format: one {@link org.msbiome.io.internal.Codec} per bound type
 * (records, enums with codes, sealed interfaces with type names, text types), the document envelope, the
 * tree reader with limits and duplicate detection, and the mapping of Bean Validation paths to JSON
 * Pointers.
 *
 * <p>This package is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
@NullMarked
package org.msbiome.io.internal;

import org.jspecify.annotations.NullMarked;
