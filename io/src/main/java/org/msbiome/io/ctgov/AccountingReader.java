package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.internal.TextPolicy;
import tools.jackson.databind.JsonNode;

/**
 * Reads values of a record's tree and enters each in the {@link Account}: a value read is marked as mapped,
 * a value of the wrong form is rejected with the reason.
 *
 * <p>A reader either marks straight into the account, or, made by {@link #tentative()}, holds its marks
 * until {@link #commit()}: a part that turns out not to be imported (an arm without a label) is dropped by
 * not committing its reader. Nothing is saved and restored by hand.
 */
final class AccountingReader {
    private final Account account;
    private final @Nullable AccountingReader parent;
    private final @Nullable Set<String> held;

    AccountingReader(Account account) {
        this(account, null, null);
    }

    private AccountingReader(Account account, @Nullable AccountingReader parent, @Nullable Set<String> held) {
        this.account = account;
        this.parent = parent;
        this.held = held;
    }

    /** A reader whose marks count only once {@link #commit() committed}. */
    AccountingReader tentative() {
        return new AccountingReader(account, this, new LinkedHashSet<>());
    }

    /** Enters the marks held by this tentative reader into its parent. */
    void commit() {
        if (parent == null || held == null) {
            throw new IllegalStateException("not a tentative reader");
        }
        held.forEach(parent::mark);
        held.clear();
    }

    Account account() {
        return account;
    }

    // ---- the account -----------------------------------------------------------------------------------

    void mark(String pointer) {
        if (held != null) {
            held.add(pointer);
        } else {
            account.mapped(pointer);
        }
    }

    void unmark(String pointer) {
        if (held != null) {
            held.remove(pointer);
        }
        account.unmapped(pointer);
    }

    void infer(String target, String value, String pointer, String text, String reason) {
        account.infer(new InferredValue(target, value, pointer, text, reason));
    }

    void reject(String pointer, @Nullable JsonNode value, String reason) {
        account.reject(pointer, value, reason);
    }

    /** Reports a member missing from the object at {@code parent}; see {@link Account#missing}. */
    void missing(String parent, String member, String reason) {
        account.missing(parent, member, reason);
    }

    void because(String pointer, String reason) {
        account.because(pointer, reason);
    }

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    // ---- reading values --------------------------------------------------------------------------------

    /** A member that must be an object; a non-object is rejected. */
    @Nullable JsonNode object(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            reject(child(p, name), node, "expected an object");
            return null;
        }
        return node;
    }

    /** The elements of a member that must be an array; a non-array is rejected. */
    List<JsonNode> array(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            reject(child(p, name), node, "expected an array");
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        node.values().forEach(elements::add);
        return elements;
    }

    /** A string member, stripped, not yet marked; a non-string or blank value is rejected. */
    Optional<String> rawString(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        return node == null ? Optional.empty() : rawStringOf(node, child(p, name));
    }

    Optional<String> rawStringOf(JsonNode node, String pointer) {
        if (!node.isString()) {
            reject(pointer, node, "expected a string");
            return Optional.empty();
        }
        String text = node.stringValue().strip();
        if (text.isEmpty()) {
            reject(pointer, node, "blank; expected text, or the field left out");
            return Optional.empty();
        }
        if (!TextPolicy.isFreeText(text)) {
            reject(pointer, node, "has a control character or an unpaired surrogate; free text is one line without"
                    + " control characters (WIRE-FORMAT.md, Free text)");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A string member, marked. */
    Optional<String> text(JsonNode parent, String p, String name) {
        Optional<String> text = rawString(parent, p, name);
        text.ifPresent(t -> mark(child(p, name)));
        return text;
    }

    /** A string value, marked. */
    Optional<String> stringOf(JsonNode node, String pointer) {
        Optional<String> text = rawStringOf(node, pointer);
        text.ifPresent(t -> mark(pointer));
        return text;
    }

    /** The strings of an array member, by pointer, each marked. */
    Map<String, String> strings(JsonNode parent, String p, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        List<JsonNode> nodes = array(parent, p, name);
        String[] pointers = elementPointers(child(p, name), nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String pointer = pointers[i];
            stringOf(nodes.get(i), pointer).ifPresent(t -> out.put(pointer, t));
        }
        return out;
    }

    /** The pointers of an array's elements, kept in the account so that its walk uses the same strings. */
    private String[] elementPointers(String array, int size) {
        String[] pointers = new String[size];
        String elements = array + "/";
        for (int i = 0; i < size; i++) {
            pointers[i] = elements + i;
        }
        account.elements(array, pointers);
        return pointers;
    }

    <E> Optional<E> code(JsonNode parent, String p, String name, Function<String, E> fromCode) {
        JsonNode node = parent.get(name);
        return node == null ? Optional.empty() : codeOf(node, child(p, name), fromCode);
    }

    /** An enum value; a value the vocabulary does not know (the API adds values over time) is rejected. */
    <E> Optional<E> codeOf(JsonNode node, String pointer, Function<String, E> fromCode) {
        Optional<String> text = rawStringOf(node, pointer);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            E value = fromCode.apply(text.get());
            mark(pointer);
            return Optional.of(value);
        } catch (IllegalArgumentException e) {
            reject(pointer, node, e.getMessage());
            return Optional.empty();
        }
    }

    /** The enum values of an array member, each marked; unknown values are rejected. */
    <E> List<E> codes(JsonNode parent, String p, String name, Function<String, E> fromCode) {
        List<E> out = new ArrayList<>();
        List<JsonNode> nodes = array(parent, p, name);
        String[] pointers = elementPointers(child(p, name), nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            codeOf(nodes.get(i), pointers[i], fromCode).ifPresent(out::add);
        }
        return out;
    }

    Optional<Boolean> bool(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            reject(child(p, name), node, "expected true or false");
            return Optional.empty();
        }
        mark(child(p, name));
        return Optional.of(node.booleanValue());
    }

    Optional<Integer> integer(JsonNode parent, String p, String name) {
        JsonNode node = parent.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            reject(child(p, name), node, "expected a whole number");
            return Optional.empty();
        }
        mark(child(p, name));
        return Optional.of(node.intValue());
    }
}
