package org.msbiome.io.internal;

import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * The text of a Jackson exception for a problem's message: what is wrong, without where (a problem has its
 * own location).
 *
 * <p>{@link JacksonException#getOriginalMessage()} leaves out the location Jackson appends, but some messages
 * also embed the location of the array or object being read, like "expected close marker for Object (start
 * marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset:
 * #UNKNOWN])"; that location says nothing to a reader of the problem, so it is left out.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class JacksonMessages {
    /** An embedded location, with the words that introduce it (" (start marker at …)", " starting at …"). */
    private static final Pattern EMBEDDED_LOCATION = Pattern.compile(
            " ?\\(start marker at \\[Source: [^\\]]*\\]\\)| ?(?:starting )?at \\[Source: [^\\]]*\\]| ?\\[Source: [^\\]]*\\]");

    private JacksonMessages() {}

    /**
     * The message of a Jackson exception without any location.
     *
     * @param e the exception
     * @return its original message, without the locations embedded in it
     */
    public static String of(JacksonException e) {
        return EMBEDDED_LOCATION.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    }
}
