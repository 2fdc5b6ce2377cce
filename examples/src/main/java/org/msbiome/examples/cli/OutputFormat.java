package org.msbiome.examples.cli;

/** What a command's {@code --format} writes: lines for people, or one JSON object per line for programs. */
enum OutputFormat {
    /** Lines for people (the default). */
    TEXT,
    /** One JSON object per line, as {@code org/msbiome/examples/cli/output.schema.json} describes. */
    JSON
}
