package org.msbiome.io.internal;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.msbiome.io.ReadLimits;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TreeNode;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * The reader's checks, run while a document is written: a generator that sees every token the codecs write
 * and notes whether the reader could refuse it (a read limit, an unpaired surrogate), and the hooks by which
 * the codecs check each value they write as the reader checks it when it builds the value (its constraints,
 * by {@link ReadChecks}) or decodes it (a mapped type's factory, a set's or a map's duplicates).
 *
 * <p>The checks are a sieve, not a report: when the document {@linkplain #passed() passed}, the reader reads
 * it without a problem; otherwise (or when a check is not sure, such as for a number near a limit or a
 * constraint that {@code ReadChecks} cannot run) the writer reads the document back to find the reader's
 * problems, with their codes and pointers. The checks hold only for codecs whose values {@link ReadChecks}
 * {@linkplain ReadChecks#covers covers}; the writer reads other documents back.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class WriteChecks extends JsonGeneratorDelegate {
    /** The most characters of a number whose value {@link #writeNumber(double)} and the integers can write. */
    private static final int LONGEST_PRIMITIVE = 25;

    private final ReadChecks checks;
    // The limits, read once (every token is checked against one of them).
    private final long maxValues;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private int depth;
    private long values;
    private boolean passed = true;

    /** Checks what is written to {@code generator} against the reader's limits and checks. */
    public WriteChecks(JsonGenerator generator, ReadLimits limits, ReadChecks checks) {
        super(generator, false);
        this.checks = checks;
        this.maxValues = limits.maxValues();
        this.maxNestingDepth = limits.maxNestingDepth();
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
    }

    /** Whether everything written so far passed: the reader would read it without a problem. */
    public boolean passed() {
        return passed;
    }

    /** A value of the codec's type is being written: checks its constraints, as the reader does when it builds it. */
    static void built(JsonGenerator generator, Object value, Codec<?> codec) {
        if (generator instanceof WriteChecks w && w.passed) {
            try {
                w.passed = w.checks.passes(value, codec);
            } catch (RuntimeException e) {
                // The reader would meet the same failure; reading back reports it as the reader does.
                w.passed = false;
            }
        }
    }

    /** A value written as a constant's text: checks its constraints, with the plan of its class. */
    static void built(JsonGenerator generator, Object value, ConstraintPlan plan) {
        if (generator instanceof WriteChecks w && w.passed) {
            try {
                w.passed = w.checks.passes(value, plan, null);
            } catch (RuntimeException e) {
                w.passed = false;
            }
        }
    }

    /** Whether the generator runs the reader's checks (the codecs then check what decoding would refuse). */
    static boolean checking(JsonGenerator generator) {
        return generator instanceof WriteChecks w && w.passed;
    }

    /** The reader might refuse what was written; reading the document back tells. */
    static void doubt(JsonGenerator generator) {
        if (generator instanceof WriteChecks w) {
            w.passed = false;
        }
    }

    // ---- the tokens --------------------------------------------------------------------------------

    /** One value (or property name) more; the reader refuses a document beyond the value limit. */
    private void count() {
        if (++values >= maxValues) {
            passed = false;
        }
    }

    private void open() {
        count();
        if (++depth >= maxNestingDepth) {
            passed = false;
        }
    }

    /** A string or a name: the reader's length limit and its Unicode check (no unpaired surrogate). */
    private void text(String text) {
        count();
        if (text.length() >= maxStringLength || !wellFormed(text)) {
            passed = false;
        }
    }

    /** A name or a code checked once when it was made: only its length against the limits. */
    private void text(SerializableString text) {
        if (text instanceof WireText checked) {
            count();
            if (!checked.wellFormed() || checked.length() >= maxStringLength) {
                passed = false;
            }
        } else {
            text(text.getValue());
        }
    }

    /** Whether the text has no unpaired surrogate (the reader's Unicode check). */
    static boolean wellFormed(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** A number of at most {@code length} characters. */
    private void number(long length) {
        count();
        if (length >= maxNumberLength) {
            passed = false;
        }
    }

    /** A token the checks do not know: the codecs do not write it, so only reading back can tell. */
    private void unknown() {
        passed = false;
    }

    @Override
    public JsonGenerator writeStartArray() {
        open();
        return super.writeStartArray();
    }

    @Override
    public JsonGenerator writeStartArray(Object forValue) {
        open();
        return super.writeStartArray(forValue);
    }

    @Override
    public JsonGenerator writeStartArray(Object forValue, int size) {
        open();
        return super.writeStartArray(forValue, size);
    }

    @Override
    public JsonGenerator writeEndArray() {
        depth--;
        return super.writeEndArray();
    }

    @Override
    public JsonGenerator writeStartObject() {
        open();
        return super.writeStartObject();
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue) {
        open();
        return super.writeStartObject(forValue);
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue, int size) {
        open();
        return super.writeStartObject(forValue, size);
    }

    @Override
    public JsonGenerator writeEndObject() {
        depth--;
        return super.writeEndObject();
    }

    @Override
    public JsonGenerator writeName(String name) {
        text(name);
        return super.writeName(name);
    }

    @Override
    public JsonGenerator writeName(SerializableString name) {
        text(name);
        return super.writeName(name);
    }

    @Override
    public JsonGenerator writeString(String text) {
        text(text);
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
        text(text);
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(char[] text, int offset, int len) {
        text(new String(text, offset, len));
        return super.writeString(text, offset, len);
    }

    @Override
    public JsonGenerator writeNumber(int v) {
        number(LONGEST_PRIMITIVE);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(long v) {
        number(LONGEST_PRIMITIVE);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(double v) {
        // NaN and the infinities are not JSON numbers; the codecs refuse them before they get here.
        if (!Double.isFinite(v)) {
            unknown();
        }
        number(LONGEST_PRIMITIVE);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) {
        // At most bitLength * log10(2) + 1 digits, and a sign.
        number(v.bitLength() / 3 + 2);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(BigDecimal v) {
        // BigDecimal.toString: the digits, a sign, a point, and either up to six leading zeros or an exponent
        // (E, its sign and up to ten digits). An exponent far from zero is left to the reader, which parses it.
        long scale = v.scale();
        number(Math.abs(scale) > 1_000_000 ? Long.MAX_VALUE : v.precision() + 14L);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeBoolean(boolean state) {
        count();
        return super.writeBoolean(state);
    }

    @Override
    public JsonGenerator writeNull() {
        count();
        return super.writeNull();
    }

    @Override
    public JsonGenerator writePropertyId(long id) {
        unknown();
        return super.writePropertyId(id);
    }

    @Override
    public JsonGenerator writeArray(int[] array, int offset, int length) {
        unknown();
        return super.writeArray(array, offset, length);
    }

    @Override
    public JsonGenerator writeArray(long[] array, int offset, int length) {
        unknown();
        return super.writeArray(array, offset, length);
    }

    @Override
    public JsonGenerator writeArray(double[] array, int offset, int length) {
        unknown();
        return super.writeArray(array, offset, length);
    }

    @Override
    public JsonGenerator writeArray(String[] array, int offset, int length) {
        unknown();
        return super.writeArray(array, offset, length);
    }

    @Override
    public JsonGenerator writeString(Reader reader, int len) {
        unknown();
        return super.writeString(reader, len);
    }

    @Override
    public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) {
        unknown();
        return super.writeRawUTF8String(text, offset, length);
    }

    @Override
    public JsonGenerator writeUTF8String(byte[] text, int offset, int length) {
        unknown();
        return super.writeUTF8String(text, offset, length);
    }

    @Override
    public JsonGenerator writeRaw(String text) {
        unknown();
        return super.writeRaw(text);
    }

    @Override
    public JsonGenerator writeRaw(String text, int offset, int len) {
        unknown();
        return super.writeRaw(text, offset, len);
    }

    @Override
    public JsonGenerator writeRaw(SerializableString raw) {
        unknown();
        return super.writeRaw(raw);
    }

    @Override
    public JsonGenerator writeRaw(char[] text, int offset, int len) {
        unknown();
        return super.writeRaw(text, offset, len);
    }

    @Override
    public JsonGenerator writeRaw(char c) {
        unknown();
        return super.writeRaw(c);
    }

    @Override
    public JsonGenerator writeRawValue(String text) {
        unknown();
        return super.writeRawValue(text);
    }

    @Override
    public JsonGenerator writeRawValue(String text, int offset, int len) {
        unknown();
        return super.writeRawValue(text, offset, len);
    }

    @Override
    public JsonGenerator writeRawValue(char[] text, int offset, int len) {
        unknown();
        return super.writeRawValue(text, offset, len);
    }

    @Override
    public JsonGenerator writeBinary(Base64Variant variant, byte[] data, int offset, int len) {
        unknown();
        return super.writeBinary(variant, data, offset, len);
    }

    @Override
    public int writeBinary(Base64Variant variant, InputStream data, int dataLength) {
        unknown();
        return super.writeBinary(variant, data, dataLength);
    }

    @Override
    public JsonGenerator writeNumber(short v) {
        unknown();
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(float v) {
        unknown();
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) {
        unknown();
        return super.writeNumber(encodedValue);
    }

    @Override
    public JsonGenerator writeNumber(char[] encodedValueBuffer, int offset, int len) {
        unknown();
        return super.writeNumber(encodedValueBuffer, offset, len);
    }

    @Override
    public JsonGenerator writeEmbeddedObject(Object object) {
        unknown();
        return super.writeEmbeddedObject(object);
    }

    @Override
    public JsonGenerator writePOJO(Object pojo) {
        unknown();
        return super.writePOJO(pojo);
    }

    @Override
    public JsonGenerator writeTree(TreeNode tree) {
        unknown();
        return super.writeTree(tree);
    }

    @Override
    public JsonGenerator writeObjectId(Object id) {
        unknown();
        return super.writeObjectId(id);
    }

    @Override
    public JsonGenerator writeObjectRef(Object reference) {
        unknown();
        return super.writeObjectRef(reference);
    }

    @Override
    public JsonGenerator writeTypeId(Object id) {
        unknown();
        return super.writeTypeId(id);
    }

    @Override
    public JsonGenerator writeComment(String comment) {
        unknown();
        return super.writeComment(comment);
    }
}
