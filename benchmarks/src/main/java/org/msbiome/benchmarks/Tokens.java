package org.msbiome.benchmarks;

import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The streaming baseline: reads every token of the input and the text or number of every value. */
final class Tokens {
    private Tokens() {}

    /** Reads all tokens (all root values, so NDJSON too); returns the number of root values. */
    static int readAll(JsonParser parser, Blackhole sink) {
        int roots = 0;
        int depth = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> {
                    if (--depth == 0) {
                        roots++;
                    }
                }
                case PROPERTY_NAME -> sink.consume(parser.currentName());
                case VALUE_STRING -> sink.consume(parser.getString());
                case VALUE_NUMBER_INT -> sink.consume(parser.getNumberValue());
                case VALUE_NUMBER_FLOAT -> sink.consume(parser.getDecimalValue());
                case VALUE_TRUE, VALUE_FALSE -> sink.consume(parser.getBooleanValue());
                default -> sink.consume(token);
            }
        }
        return roots;
    }
}
