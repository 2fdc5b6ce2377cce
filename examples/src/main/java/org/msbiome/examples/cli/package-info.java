/**
 * The {@code msbiome} command-line tool ({@link org.msbiome.examples.cli.MsbiomeCommand}): {@code tour},
 * {@code validate}, {@code catalog}, {@code summarize}, {@code outcomes}, {@code export}, {@code import-ctgov},
 * {@code diversity}, {@code import-bugsigdb} and {@code signatures}.
 */
@NullMarked
package org.msbiome.examples.cli;

import org.jspecify.annotations.NullMarked;
