package org.msbiome.io.biom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.ProfileMeasurement;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;

/**
 * BIOM tables (the Biological Observation Matrix, https://biom-format.org): BIOM 1.0 (JSON) read and written, BIOM
 * 2.1 (HDF5) read with jhdf. Observations become features (their {@code taxonomy} metadata a
 * {@link org.msbiome.core.taxonomy.Lineage}), samples become {@link org.msbiome.core.microbiome.SampleInfo}s with
 * their metadata as attributes.
 *
 * <p><b>What the values are.</b> BIOM does not say whether numbers are counts or relative abundances. When no
 * measurement is given, a table whose values are all integers (BIOM 1.0 {@code matrix_element_type} {@code int}, or
 * BIOM 2.1 data that are whole numbers) is read as {@link org.msbiome.core.microbiome.ValueKind#COUNTS} and a note
 * says so; any other table needs the caller's {@link ProfileMeasurement}.
 *
 * @since 0.1.0
 */
public final class Biom {
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private Biom() {}

    /**
     * Reads a BIOM file, either version: HDF5 files are recognised by their signature.
     *
     * @param file the file
     * @param measurement how the profile was measured (its value kind is used); null to infer counts as described
     * @return the profile and notes
     * @throws IOException if the file cannot be read
     * @throws org.msbiome.io.InvalidDocumentException if the file is not a well-formed BIOM table (a file that is not
     *     HDF5 must be UTF-8 text); it lists every problem found
     */
    public static ProfileImport read(Path file, @Nullable ProfileMeasurement measurement) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 8);
        }
        if (n == 8 && Arrays.equals(head, HDF5_SIGNATURE)) {
            return BiomHdf5Reader.read(file, measurement);
        }
        return readJson(utf8(Files.readAllBytes(file)), measurement);
    }

    /** The bytes as UTF-8 text; bytes that are not UTF-8 are a problem naming the byte and where it is. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            long line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            // not the decoder's message ("Input length = 1"; issue #18, D15)
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.SYNTAX, String.format(Locale.ROOT,
                    "not UTF-8 text: byte 0x%02X at byte %d (line %d) cannot be decoded; a BIOM 1.0 file is UTF-8"
                            + " JSON", bytes[at] & 0xFF, at + 1, line))));
        }
        return out.flip().toString();
    }

    /**
     * Reads a BIOM 1.0 table from its JSON text.
     *
     * @param json the text
     * @param measurement how the profile was measured; null to infer counts from {@code matrix_element_type int}
     * @return the profile and notes
     * @throws org.msbiome.io.InvalidDocumentException if the text is not a well-formed BIOM 1.0 table; it lists every
     *     problem found
     */
    public static ProfileImport readJson(String json, @Nullable ProfileMeasurement measurement) {
        Objects.requireNonNull(json, "json");
        return BiomJsonReader.read(json, measurement);
    }

    /**
     * Reads a BIOM 2.1 table from HDF5 bytes.
     *
     * @param hdf5 the file's bytes
     * @param measurement how the profile was measured; null to infer counts from whole-number data
     * @return the profile and notes
     * @throws org.msbiome.io.InvalidDocumentException if the bytes are not a well-formed BIOM 2.1 table (truncated,
     *     wrong shape, index out of range, …); it lists the problems found
     */
    public static ProfileImport readHdf5(byte[] hdf5, @Nullable ProfileMeasurement measurement) {
        Objects.requireNonNull(hdf5, "hdf5");
        return BiomHdf5Reader.read(hdf5, measurement);
    }

    /**
     * Writes a profile as a BIOM 1.0 sparse table (JSON, UTF-8 text). Observations are the features (a lineage is
     * written as {@code taxonomy} metadata in Greengenes notation, unparsed lineage text as one string), columns the
     * samples (attributes as metadata; subject, time point and group under the keys {@code msbiome:subject},
     * {@code msbiome:time-point} and {@code msbiome:group}, which {@link #readJson} maps back). BIOM 1.0 has no place
     * for the rest of the measurement: counts are written as {@code int}, any other value kind as {@code float}.
     *
     * @param profile the profile
     * @param generatedBy the {@code generated_by} field
     * @param date the {@code date} field
     * @return the JSON text
     */
    public static String writeJson(CommunityProfile profile, String generatedBy, Instant date) {
        return BiomJsonWriter.write(profile, generatedBy, date);
    }
}
