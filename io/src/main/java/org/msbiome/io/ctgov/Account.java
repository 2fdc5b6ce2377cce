package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The account of one record: which values were mapped, inferred from or rejected, and why the others
 * were not mapped. At the end, {@link #walk} lists the mapped pointers in document order and the unmapped
 * fields, as the largest objects or arrays of which nothing was used.
 *
 * <p>When the walk starts, every pointer accounted for enters its ancestors in one set, stopping at the first
 * ancestor already there, so that whether anything below a node was accounted for is one look-up: the walk is
 * linear in the size of the record, and entering a pointer costs one set operation.
 */
final class Account {
    /** Why a field is not mapped, by the field's name; other fields get {@link #NO_PLACE}. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("eligibilityCriteria", "free text; eligibility criteria are not parsed"),
            Map.entry("stdAges", "derived by the registry from the age limits"),
            Map.entry("resultsSection", "results are not imported"),
            Map.entry("derivedSection", "derived by the registry; not imported"),
            Map.entry("hasResults", "results are not imported"),
            Map.entry("contactsLocationsModule", "contacts and sites are not part of the vocabulary"),
            Map.entry("sponsorCollaboratorsModule", "sponsors are not part of the vocabulary"),
            Map.entry("descriptionModule", "free text; summaries are not parsed"),
            Map.entry("referencesModule", "references are not part of the vocabulary"),
            Map.entry("otherNames", "the vocabulary keeps one name per intervention"));
    private static final String NO_PLACE = "no place for it in the msbiome vocabulary";
    private static final String[] NO_POINTERS = {};

    private final Set<String> mapped = new HashSet<>();
    private final Set<String> inferredFrom = new HashSet<>();
    private final Set<String> rejectedAt = new HashSet<>();
    private final List<InferredValue> inferred = new ArrayList<>();
    private final List<RejectedValue> rejected = new ArrayList<>();
    private final List<MissingField> missing = new ArrayList<>();
    private final List<TextMention> mentions = new ArrayList<>();
    private final Map<String, String> unmappedReasons = new HashMap<>();
    /**
     * The pointers of the elements of arrays read element by element, by the array's pointer: the walk uses the
     * same strings, so that each look-up finds its key by identity, with its hash already computed.
     */
    private final Map<String, String[]> elementPointers = new HashMap<>();
    /** The pointers with something accounted for strictly below them; made when the walk starts. */
    private @Nullable Set<String> accountedBelow;
    private long steps;

    void mapped(String pointer) {
        steps++;
        accountedBelow = null;
        mapped.add(pointer);
    }

    void unmapped(String pointer) {
        steps++;
        accountedBelow = null;
        mapped.remove(pointer);
    }

    void infer(InferredValue value) {
        steps++;
        accountedBelow = null;
        inferred.add(value);
        inferredFrom.add(value.pointer());
    }

    boolean isInferredFrom(String pointer) {
        return inferredFrom.contains(pointer);
    }

    void reject(String pointer, @Nullable JsonNode value, String reason) {
        reject(new RejectedValue(pointer, Optional.ofNullable(value).map(Account::jsonText), reason));
    }

    void reject(RejectedValue value) {
        steps++;
        accountedBelow = null;
        rejected.add(value);
        rejectedAt.add(value.pointer());
    }

    /** The JSON text of a value; an empty object or array (a common wrong value) without a serializer. */
    private static String jsonText(JsonNode value) {
        if (value.isContainer() && value.isEmpty()) {
            return value.isObject() ? "{}" : "[]";
        }
        return value.toString();
    }

    /**
     * Reports a member missing from the object at {@code parent} (a pointer that exists in the source). It accounts for nothing in the source: the object's own fields are
     * still mapped or listed as unmapped.
     */
    void missing(String parent, String member, String reason) {
        missing.add(new MissingField(parent, member, reason));
    }

    List<MissingField> missing() {
        return missing;
    }

    /** Lists an organism or dose found in free text (it accounts for nothing: the text is accounted as a whole). */
    void mention(TextMention mention) {
        mentions.add(mention);
    }

    List<TextMention> mentions() {
        return mentions;
    }

    /** Gives the reason why {@code pointer}, or what is below it, is not mapped. */
    void because(String pointer, String reason) {
        unmappedReasons.put(pointer, reason);
    }

    List<InferredValue> inferred() {
        return inferred;
    }

    List<RejectedValue> rejected() {
        return rejected;
    }

    /** Keeps the pointers of an array's elements, {@code pointers[i]} for element {@code i}, for the walk. */
    void elements(String array, String[] pointers) {
        elementPointers.put(array, pointers);
    }

    /** The work done so far, in steps over pointers: for tests that check the account grows linearly. */
    long steps() {
        return steps;
    }

    /** Enters every ancestor of every pointer accounted for, each pointer stopping at its first known ancestor. */
    private Set<String> accountedBelow() {
        if (accountedBelow == null) {
            Set<String> below = new HashSet<>();
            for (Set<String> pointers : List.of(mapped, inferredFrom, rejectedAt)) {
                String parent = null; // the last pointer's parent, entered with its ancestors
                for (String pointer : pointers) {
                    steps++;
                    int last = pointer.lastIndexOf('/');
                    if (parent != null && last == parent.length() && pointer.startsWith(parent)) {
                        continue; // a sibling of the last pointer (the elements of one array): nothing new
                    }
                    for (int slash = last; slash >= 0; slash = pointer.lastIndexOf('/', slash - 1)) {
                        steps++;
                        if (!below.add(pointer.substring(0, slash)) || slash == 0) {
                            break;
                        }
                    }
                    parent = last >= 0 ? pointer.substring(0, last) : null;
                }
            }
            accountedBelow = below;
        }
        return accountedBelow;
    }

    private boolean anyAccountedBelow(String pointer) {
        return accountedBelow().contains(pointer);
    }

    /** Lists the mapped pointers in document order and the unmapped fields, walking the record. */
    void walk(JsonNode node, String pointer, List<String> mappedInOrder, List<UnmappedField> unmapped) {
        steps++;
        boolean isMapped = mapped.contains(pointer);
        if (isMapped) {
            mappedInOrder.add(pointer);
        }
        if (node.isContainer() && !node.isEmpty() && anyAccountedBelow(pointer)) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), AccountingReader.child(pointer, e.getKey()), mappedInOrder, unmapped);
                }
            } else {
                String elements = pointer + "/";
                String[] known = elementPointers.getOrDefault(pointer, NO_POINTERS);
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), i < known.length ? known[i] : elements + i, mappedInOrder, unmapped);
                }
            }
        } else if (!isMapped && !inferredFrom.contains(pointer) && !rejectedAt.contains(pointer)) {
            unmapped.add(new UnmappedField(pointer, reasonFor(pointer)));
        }
    }

    private String reasonFor(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            steps++;
            String reason = unmappedReasons.get(p);
            if (reason != null) {
                return reason;
            }
        }
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return REASONS.getOrDefault(last, NO_PLACE);
    }
}
