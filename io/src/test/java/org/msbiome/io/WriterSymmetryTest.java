package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msbiome.core.design.Enrollment;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.io.fixture.Arm;
import org.msbiome.io.fixture.Measure;
import org.msbiome.io.fixture.Route;
import org.msbiome.io.fixture.Trial;

/**
 * The writer writes only what the reader reads (issue #18, D12 and the symmetry rule): a value the reader
 * would refuse is refused on write with the reader's problem code and pointer, and nothing reaches the target.
 */
class WriterSymmetryTest {
    private static final MsbiomeWriter FIXTURE_WRITER = FixtureJson.writer();
    private static final MsbiomeReader FIXTURE_READER = FixtureJson.reader();

    /** An arm name with half of a surrogate pair: written as UTF-8 it used to become '?' silently (D12). */
    private static Trial trialWithUnpairedSurrogate() {
        return trial("probiotic \ud83d");
    }

    private static Trial trial(String armName) {
        return new Trial("t", LocalDate.of(2026, 1, 31), Optional.empty(),
                List.of(new Arm(armName, 1, List.of(), Set.of())), Set.of(), Optional.empty(),
                new Measure.Count(1, Route.ORAL));
    }

    @Test
    void anUnpairedSurrogateIsRefusedOnWriteAsTheReaderRefusesIt() {
        String escaped = FIXTURE_WRITER.compact().write(trial("probiotic X")).replace("probiotic X", "probiotic \\ud83d");
        Problem byReader = FIXTURE_READER.readAny(escaped).problems().get(0);
        assertThat(byReader.code()).isEqualTo(ProblemCode.INVALID_VALUE);

        assertThatThrownBy(() -> FIXTURE_WRITER.write(trialWithUnpairedSurrogate()))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactly(byReader.code());
                    assertThat(e.problems()).extracting(Problem::pointer).containsExactly(byReader.pointer());
                    assertThat(e.getMessage()).contains("unpaired UTF-16 surrogate \\ud83d");
                });
    }

    @Test
    void nothingReachesTheTargetWhenAValueIsRefused(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> FIXTURE_WRITER.write(trialWithUnpairedSurrogate(), bytes))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(bytes.size()).isZero();

        StringWriter lines = new StringWriter();
        NdjsonWriter<Trial> ndjson = FIXTURE_WRITER.ndjson(lines);
        assertThatThrownBy(() -> ndjson.write(trialWithUnpairedSurrogate())).isInstanceOf(InvalidDocumentException.class);
        assertThat(lines.toString()).isEmpty();
        assertThat(ndjson.count()).isZero();

        Path file = dir.resolve("trial.json");
        assertThatThrownBy(() -> FIXTURE_WRITER.write(trialWithUnpairedSurrogate(), file))
                .isInstanceOf(InvalidDocumentException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void aValueThatBreaksAConstraintIsRefusedWithTheReadersConstraintViolation() {
        TrialDesign design = TrialDesign.builder(StudyType.INTERVENTIONAL).enrollment(Enrollment.actual(-1)).build();
        assertThatThrownBy(() -> MsbiomeJson.writer().write(design))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::pointer, Problem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(
                                "/clinical-trial/enrollment/count", ProblemCode.CONSTRAINT_VIOLATION)));
    }
}
