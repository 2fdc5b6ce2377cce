/**
 * The msbiome JSON format: {@link org.msbiome.io.MsbiomeJson} (entry point), {@link
 * org.msbiome.io.MsbiomeReader} (strict reading with complete problem reports), {@link
 * org.msbiome.io.MsbiomeWriter} (deterministic writing), NDJSON streaming ({@link
 * org.msbiome.io.NdjsonReader}, {@link org.msbiome.io.NdjsonWriter}), and {@link
 * org.msbiome.io.MsbiomeModule}, the Jackson 3 module. The wire format is described in
 * {@code WIRE-FORMAT.md} at the root of the repository.
 */
@NullMarked
package org.msbiome.io;

import org.jspecify.annotations.NullMarked;
