package org.msbiome.io.ctgov;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import org.msbiome.io.TextLocation;
import org.msbiome.io.internal.JacksonMessages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CtgovImporter() {}

    /**
     * Imports a study record from its JSON text.
     *
     * @param json the record: a {@code Study} object or a {@code protocolSection} object
     * @return the import
     * @throws NullPointerException if {@code json} is null
     * @throws InvalidDocumentException if the text is not JSON, or not a study record
     */
    public static CtgovImport importJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new InvalidDocumentException(List.of(Problem.of("", ProblemCode.EMPTY_DOCUMENT,
                    "the input is empty; expected a ClinicalTrials.gov API v2 study record")));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            Optional<TextLocation> location = at == null || at.getLineNr() < 1
                    ? Optional.empty()
                    : Optional.of(new TextLocation(at.getLineNr(), at.getColumnNr()));
            throw new InvalidDocumentException(List.of(new Problem("", ProblemCode.SYNTAX,
                    "not well-formed JSON: " + JacksonMessages.of(e), location)));
        }
        return importTree(root);
    }

    /**
     * Imports a study record from a file of JSON text in UTF-8.
     *
     * @param file the file
     * @return the import
     * @throws NullPointerException if {@code file} is null
     * @throws IOException if the file cannot be read
     * @throws InvalidDocumentException if the text is not JSON, or not a study record
     */
    public static CtgovImport importFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return importJson(Files.readString(file, StandardCharsets.UTF_8));
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
