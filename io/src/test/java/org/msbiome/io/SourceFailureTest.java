package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.msbiome.core.taxonomy.Taxon;

/**
 * An exception of the caller's own stream is the one documented exception of the reader: it comes out
 * as {@link UncheckedIOException} with the stream's {@link IOException} as cause, whereas bytes that are
 * not text are a problem of the document.
 */
class SourceFailureTest {
    private static final String TAXON = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"taxon\",\"taxon\":"
            + "{\"name\":{\"genus\":\"Lacticaseibacillus\",\"species\":\"rhamnosus\"},\"ncbiTaxonId\":47715}}";
    private static final IOException FAILURE = new IOException("disk gone");

    @Test
    void rethrowsAFailureOfTheStreamWhileDetectingTheEncoding() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw FAILURE;
            }
        };
        assertThatThrownBy(() -> MsbiomeJson.reader().read(failing, Taxon.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCause(FAILURE);
    }

    @Test
    void rethrowsAFailureOfTheStreamInTheMiddleOfTheDocument() {
        assertThatThrownBy(() -> MsbiomeJson.reader().read(new FailingAfter(TAXON, 40), Taxon.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCause(FAILURE);
    }

    @Test
    void rethrowsAFailureOfTheReader() {
        Reader failing = new Reader() {
            private final Reader text = new StringReader(TAXON.substring(0, 40));
            private boolean done;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (done) {
                    throw FAILURE;
                }
                done = true;
                return text.read(buffer, offset, length);
            }

            @Override
            public void close() {}
        };
        assertThatThrownBy(() -> MsbiomeJson.reader().read(failing, Taxon.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCause(FAILURE);
    }

    @Test
    void reportsBytesThatAreNotTextAsAProblemOfTheDocument() {
        // Bytes that look like UTF-32 but hold a code point above U+10FFFF (a fuzzer finding).
        byte[] bytes = {'{', 0, 0, 0, (byte) 0xb9, 'm', 'a', 't', '"', ':', '"', 'x', '"', '}'};
        ReadResult<Taxon> result = MsbiomeJson.reader().read(new ByteArrayInputStream(bytes), Taxon.class);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
            assertThat(p.message()).startsWith("the bytes are not valid text: Invalid UTF-32 character");
        });
    }

    /** The text's first bytes, then a failure. */
    private static final class FailingAfter extends InputStream {
        private final InputStream text;
        private int left;

        FailingAfter(String text, int bytes) {
            this.text = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            this.left = bytes;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw FAILURE;
            }
            return text.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw FAILURE;
            }
            int n = text.read(buffer, offset, Math.min(length, left));
            left -= n;
            return n;
        }
    }
}
