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
 * <p>Every pointer entered is counted at each of its ancestors, so that whether anything below a node was
 * accounted for is one look-up: the walk is linear in the size of the record (times the depth of a pointer).
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

    private final Set<String> mapped = new HashSet<>();
    private final Set<String> inferredFrom = new HashSet<>();
    private final Set<String> rejectedAt = new HashSet<>();
    private final List<InferredValue> inferred = new ArrayList<>();
    private final List<RejectedValue> rejected = new ArrayList<>();
    private final List<MissingField> missing = new ArrayList<>();
    private final List<TextMention> mentions = new ArrayList<>();
    private final Map<String, String> unmappedReasons = new HashMap<>();
    /** For each pointer, how many entries of the three sets lie strictly below it. */
    private final Map<String, Integer> accountedBelow = new HashMap<>();
    private long steps;

    void mapped(String pointer) {
        if (mapped.add(pointer)) {
            count(pointer, 1);
        }
    }

    void unmapped(String pointer) {
        if (mapped.remove(pointer)) {
            count(pointer, -1);
        }
    }

    void infer(InferredValue value) {
        inferred.add(value);
        if (inferredFrom.add(value.pointer())) {
            count(value.pointer(), 1);
        }
    }

    boolean isInferredFrom(String pointer) {
        return inferredFrom.contains(pointer);
    }

    void reject(String pointer, @Nullable JsonNode value, String reason) {
        reject(new RejectedValue(pointer, Optional.ofNullable(value).map(JsonNode::toString), reason));
    }

    void reject(RejectedValue value) {
        rejected.add(value);
        if (rejectedAt.add(value.pointer())) {
            count(value.pointer(), 1);
        }
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

    /** The work done so far, in steps over pointers: for tests that check the account grows linearly. */
    long steps() {
        return steps;
    }

    private void count(String pointer, int delta) {
        for (int slash = pointer.lastIndexOf('/'); slash >= 0; slash = pointer.lastIndexOf('/', slash - 1)) {
            steps++;
            accountedBelow.merge(pointer.substring(0, slash), delta, Integer::sum);
            if (slash == 0) {
                break;
            }
        }
    }

    private boolean accounted(String pointer) {
        return mapped.contains(pointer) || inferredFrom.contains(pointer) || rejectedAt.contains(pointer);
    }

    private boolean anyAccountedBelow(String pointer) {
        return accountedBelow.getOrDefault(pointer, 0) > 0;
    }

    /** Lists the mapped pointers in document order and the unmapped fields, walking the record. */
    void walk(JsonNode node, String pointer, List<String> mappedInOrder, List<UnmappedField> unmapped) {
        steps++;
        if (mapped.contains(pointer)) {
            mappedInOrder.add(pointer);
        }
        if ((node.isObject() || node.isArray()) && anyAccountedBelow(pointer)) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    walk(e.getValue(), AccountingReader.child(pointer, e.getKey()), mappedInOrder, unmapped);
                }
            } else {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), pointer + "/" + i, mappedInOrder, unmapped);
                }
            }
        } else if (!accounted(pointer)) {
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
