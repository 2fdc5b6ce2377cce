/**
 * The {@code msbiome} command-line tool ({@link org.msbiome.examples.cli.MsbiomeCommand}): {@code tour},
 * {@code validate}, {@code catalog} and {@code summarize}.
 */
@NullMarked
package org.msbiome.examples.cli;

import org.jspecify.annotations.NullMarked;
