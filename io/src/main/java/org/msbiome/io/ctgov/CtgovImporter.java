package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.ReadLimits;
import org.msbiome.io.internal.Problems;
import org.msbiome.io.internal.TreeReader;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Imports ClinicalTrials.gov API v2 study records (https://clinicaltrials.gov/data-api/api, OpenAPI 2.0.5):
 * a whole {@code Study} ({@code {"protocolSection": {...}, "hasResults": ...}}) or a bare
 * {@code protocolSection}.
 *
 * <p>The import never fails on the content of a well-formed record: an enum value the vocabulary does not
 * know (the API adds values over time), a malformed date or an age that is not a whole number of years is
 * {@linkplain CtgovImport#rejected() rejected with a reason} and the rest is imported. Only text that is not
 * JSON, or JSON that is not a study record, is refused with an {@link InvalidDocumentException}.
 *
 * <p>What is read: the {@code identificationModule} (NCT ID, secondary IDs as registry identifiers where
 * their type or form says which registry issued them, titles, acronym), the {@code statusModule} (overall
 * status and dates), the {@code conditionsModule}, the whole {@code designModule}, the
 * {@code armsInterventionsModule} (arms and interventions linked by label and name), the
 * {@code outcomesModule} and the {@code eligibilityModule} (sex, age limits, healthy volunteers). What is
 * inferred from text: MS phenotypes from conditions that name one unambiguously, placebos and probiotics
 * from intervention names, and taxa from the names and descriptions of probiotic interventions.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CtgovImporter {
    private static final List<String> MODULES = List.of("identificationModule", "statusModule",
            "sponsorCollaboratorsModule", "oversightModule", "descriptionModule", "conditionsModule", "designModule",
            "armsInterventionsModule", "outcomesModule", "eligibilityModule", "contactsLocationsModule",
            "referencesModule", "ipdSharingStatementModule");

    private CtgovImporter() {}

    /**
     * Imports a study record from its JSON text, read with the reader's default limits
     * ({@link ReadLimits#defaults()}).
     *
     * @param json the record: a {@code Study} object or a {@code protocolSection} object
     * @return the import
     * @throws NullPointerException if {@code json} is null
     * @throws InvalidDocumentException if the text is not JSON, is beyond a read limit, or is not a study record
     */
    public static CtgovImport importJson(String json) {
        return importJson(json, ReadLimits.defaults());
    }

    /**
     * Imports a study record from its JSON text, read within the given limits (as {@code MsbiomeReader} reads):
     * a record beyond a limit is refused with a {@code limit-exceeded} problem, never read whole into memory.
     *
     * @param json the record: a {@code Study} object or a {@code protocolSection} object
     * @param limits the limits
     * @return the import
     * @throws NullPointerException if an argument is null
     * @throws InvalidDocumentException if the text is not JSON, is beyond a limit, or is not a study record
     * @since 0.1.0
     */
    public static CtgovImport importJson(String json, ReadLimits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(limits, "limits");
        if (json.isBlank()) {
            throw empty();
        }
        TreeReader trees = new TreeReader(limits);
        return importTree(parsed(trees, () -> trees.parser(new StringReader(json))));
    }

    /**
     * Imports a study record from a file of JSON text (UTF-8, or UTF-16/32 detected from the first bytes), read
     * with the reader's default limits: the file is read no further than the document size limit (16 MiB).
     *
     * @param file the file
     * @return the import
     * @throws NullPointerException if {@code file} is null
     * @throws IOException if the file cannot be read
     * @throws InvalidDocumentException if the text is not JSON, is beyond a read limit, or is not a study record
     */
    public static CtgovImport importFile(Path file) throws IOException {
        return importFile(file, ReadLimits.defaults());
    }

    /**
     * Imports a study record from a file of JSON text, read within the given limits.
     *
     * @param file the file
     * @param limits the limits
     * @return the import
     * @throws NullPointerException if an argument is null
     * @throws IOException if the file cannot be read
     * @throws InvalidDocumentException if the text is not JSON, is beyond a limit, or is not a study record
     * @since 0.1.0
     */
    public static CtgovImport importFile(Path file, ReadLimits limits) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        TreeReader trees = new TreeReader(limits);
        try (InputStream in = Files.newInputStream(file)) {
            return importTree(parsed(trees, () -> trees.parser(in)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static InvalidDocumentException empty() {
        return new InvalidDocumentException(List.of(Problem.of("", ProblemCode.EMPTY_DOCUMENT,
                "the input is empty; expected a ClinicalTrials.gov API v2 study record")));
    }

    /** The tree of a record, read as the reader reads (limits, duplicate properties, Unicode text). */
    private static JsonNode parsed(TreeReader trees, Supplier<JsonParser> parsers) {
        Problems problems = new Problems();
        JsonNode root = trees.read(parsers, problems, 0);
        if (!problems.isEmpty()) {
            List<Problem> found = problems.toList();
            if (found.size() == 1 && found.get(0).code() == ProblemCode.EMPTY_DOCUMENT) {
                throw empty();
            }
            throw new InvalidDocumentException(found);
        }
        if (root == null) {
            throw empty();
        }
        return root;
    }

    /**
     * Imports a study record that is already parsed.
     *
     * @param record the record: a {@code Study} object or a {@code protocolSection} object
     * @return the import
     * @throws NullPointerException if {@code record} is null
     * @throws InvalidDocumentException if the tree is not a study record
     */
    public static CtgovImport importTree(JsonNode record) {
        Objects.requireNonNull(record, "record");
        if (!record.isObject()) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.WRONG_TYPE,
                    "expected a JSON object: a ClinicalTrials.gov API v2 study or its protocolSection")));
        }
        JsonNode section = record.get("protocolSection");
        if (section != null) {
            if (!section.isObject()) {
                throw new InvalidDocumentException(List.of(Problem.of("/protocolSection", ProblemCode.WRONG_TYPE,
                        "expected the protocolSection to be an object")));
            }
            return new StudyMapper(record).map(section, "/protocolSection");
        }
        if (MODULES.stream().anyMatch(m -> record.get(m) != null)) {
            return new StudyMapper(record).map(record, "");
        }
        throw new InvalidDocumentException(List.of(Problem.of("/protocolSection", ProblemCode.MISSING_PROPERTY,
                "not a ClinicalTrials.gov API v2 study record: expected a protocolSection, or the modules of one"
                        + " (like identificationModule and designModule)")));
    }
}
