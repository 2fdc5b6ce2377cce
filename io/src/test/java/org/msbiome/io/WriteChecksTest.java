package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.fixture.Batch;
import org.msbiome.io.fixture.Lot;
import org.msbiome.io.internal.Bindings;
import org.msbiome.io.internal.Envelope;
import org.msbiome.io.internal.ReadChecks;
import org.msbiome.io.internal.WriteChecks;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The writer runs the reader's checks while it writes (issue #22), instead of reading every document back
 * (issue #18): a document they pass is one the reader reads, and a value they doubt is read back, so that it
 * is refused with exactly the reader's problems.
 */
class WriteChecksTest {
    private static final Bindings BATCHES = Bindings.builder()
            .text(Lot.class, Lot::parse, Lot::toString, "^LOT-[0-9]{1,6}$", "a lot, like LOT-42")
            .names(Batch.class, "note", "count", "lot", "levels", "amounts", "labels", "parts")
            .kind("batch", Batch.class)
            .build();
    private static final MsbiomeWriter WRITER = FixtureJson.writer(BATCHES).compact();
    private static final MsbiomeReader READER = FixtureJson.reader(BATCHES);
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Whether the checks that run while a document is written pass it, so that it is not read back. */
    private static boolean passes(Bindings bindings, Object value) {
        StringWriter text = new StringWriter();
        try (WriteChecks checks = new WriteChecks(JSON.createGenerator(ObjectWriteContext.empty(), text),
                ReadLimits.defaults(), ReadChecks.shared())) {
            new Envelope(bindings).write(value, checks);
            return checks.passed();
        }
    }

    /** The writer refuses the value with the problems the reader finds in the document it would write. */
    private static void refusedAsTheReaderRefuses(Batch value, ProblemCode code) {
        List<Problem> byReader = READER.readAny(WRITER.unchecked(value)).problems();
        assertThat(byReader).extracting(Problem::code).contains(code);
        assertThat(passes(BATCHES, value)).isFalse();
        assertThatThrownBy(() -> WRITER.write(value)).isInstanceOfSatisfying(InvalidDocumentException.class,
                e -> assertThat(e.problems()).isEqualTo(byReader));
    }

    @Test
    void theBatchKindIsCheckedWhileWrittenAndASoundBatchIsNotReadBack() {
        assertThat(ReadChecks.shared().covers(BATCHES.kindNamed("batch").orElseThrow().codec())).isTrue();
        Batch batch = new Batch("lots \ud83e\udda0", 3, Optional.of(new Lot(42)),
                Map.of(new BigDecimal("0.5"), "half", BigDecimal.ONE, "one"),
                List.of(new BigDecimal("1E+10"), new BigDecimal("-2.50")), List.of("a", ""),
                List.of(Batch.of("part", 1)));
        assertThat(passes(BATCHES, batch)).isTrue();
        assertThat(READER.read(WRITER.write(batch), Batch.class).orElseThrow()).isEqualTo(batch);
    }

    @Test
    void aConstraintViolation() {
        refusedAsTheReaderRefuses(Batch.of("none", 0), ProblemCode.CONSTRAINT_VIOLATION);
        Batch inAPart = new Batch("outer", 1, Optional.empty(), Map.of(), List.of(), List.of(),
                List.of(Batch.of("inner", 1), Batch.of("inner", -1)));
        refusedAsTheReaderRefuses(inAPart, ProblemCode.CONSTRAINT_VIOLATION);
    }

    @Test
    void aMappedValueWhoseTextTheFactoryRefuses() {
        // Lot's constructor takes 1,000,000; its text "LOT-1000000" has seven digits, which parse refuses.
        Batch batch = new Batch("big lot", 1, Optional.of(new Lot(1_000_000)), Map.of(), List.of(), List.of(),
                List.of());
        refusedAsTheReaderRefuses(batch, ProblemCode.INVALID_VALUE);
    }

    @Test
    void aMapKeyThatIsNotAKeyOnTheWire() {
        // 1E+200 is written as its 201 plain digits, beyond the length of a decimal property name.
        Batch batch = new Batch("keys", 1, Optional.empty(), Map.of(new BigDecimal("1E+200"), "huge"), List.of(),
                List.of(), List.of());
        refusedAsTheReaderRefuses(batch, ProblemCode.INVALID_VALUE);
    }

    @Test
    void unpairedSurrogatesInAStringAndInAPropertyName() {
        refusedAsTheReaderRefuses(Batch.of("half \ud83e", 1), ProblemCode.INVALID_VALUE);
        refusedAsTheReaderRefuses(Batch.of("\udda0 half", 1), ProblemCode.INVALID_VALUE);
        Batch inAName = new Batch("ok", 1, Optional.empty(), Map.of(), List.of(), List.of("\ud83e"), List.of());
        refusedAsTheReaderRefuses(inAName, ProblemCode.INVALID_VALUE);
    }

    @Test
    void theReadLimits() {
        ReadLimits limits = ReadLimits.defaults();
        refusedAsTheReaderRefuses(Batch.of("x".repeat(limits.maxStringLength() + 1), 1), ProblemCode.LIMIT_EXCEEDED);
        BigDecimal longNumber = new BigDecimal(BigInteger.TEN.pow(limits.maxNumberLength() + 1));
        refusedAsTheReaderRefuses(new Batch("long", 1, Optional.empty(), Map.of(), List.of(longNumber), List.of(),
                List.of()), ProblemCode.LIMIT_EXCEEDED);
        Batch deep = Batch.of("leaf", 1);
        for (int i = 0; i < limits.maxNestingDepth() / 2; i++) {
            deep = new Batch("level", 1, Optional.empty(), Map.of(), List.of(), List.of(), List.of(deep));
        }
        refusedAsTheReaderRefuses(deep, ProblemCode.LIMIT_EXCEEDED);
        Batch many = new Batch("many", 1, Optional.empty(), Map.of(), List.of(), Collections.nCopies(
                (int) limits.maxValues(), "v"), List.of());
        refusedAsTheReaderRefuses(many, ProblemCode.LIMIT_EXCEEDED);
    }

    @Test
    void justBelowTheLimitsADocumentIsWritten() {
        ReadLimits limits = ReadLimits.defaults();
        Batch longText = Batch.of("x".repeat(limits.maxStringLength() - 1), 1);
        assertThat(READER.read(WRITER.write(longText), Batch.class).orElseThrow()).isEqualTo(longText);
        Batch deep = Batch.of("leaf", 1);
        for (int i = 0; i < limits.maxNestingDepth() / 2 - 2; i++) {
            deep = new Batch("level", 1, Optional.empty(), Map.of(), List.of(), List.of(), List.of(deep));
        }
        assertThat(READER.read(WRITER.write(deep), Batch.class).orElseThrow()).isEqualTo(deep);
    }

    /**
     * Over seeded values of every core kind whose values the read-path checks cover (all but the profile,
     * whose documents the writer reads back): a document the checks pass is one the reader reads back equal
     * (they never let through what the reader refuses), and every value that Bean Validation accepts passes
     * them (the writer does not read its document back).
     */
    @ParameterizedTest
    @MethodSource("org.msbiome.io.CoreRoundTripTest#kinds")
    void theChecksPassExactlyTheDocumentsTheReaderReads(Class<?> type, Function<Random, Object> generator) {
        Bindings standard = Bindings.standard();
        Bindings.Kind kind = standard.kindOf(type).orElseThrow();
        if (!ReadChecks.shared().covers(kind.codec())) {
            assertThat(kind.name()).isEqualTo("community-profile");
            return;
        }
        Random random = new Random(type.getName().hashCode() * 31L);
        List<Object> values = new ArrayList<>();
        while (values.size() < 300) {
            try {
                values.add(generator.apply(random));
            } catch (IllegalArgumentException refusedByCore) {
                // not a value
            }
        }
        MsbiomeReader reader = MsbiomeJson.reader();
        for (Object value : values) {
            boolean valid = MsbiomeValidation.validator().validate(value).isEmpty();
            boolean passes = passes(standard, value);
            assertThat(passes).as("%s", value).isEqualTo(valid);
            if (passes) {
                assertThat(reader.read(MsbiomeJson.writer().compact().write(value), type).orElseThrow())
                        .isEqualTo(value);
            }
        }
    }
}
