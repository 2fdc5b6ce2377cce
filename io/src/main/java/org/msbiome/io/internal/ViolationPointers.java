package org.msbiome.io.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msbiome.io.Problem;
import org.msbiome.io.ProblemCode;
import tools.jackson.databind.JsonNode;

/**
 * Maps a Bean Validation property path ({@code arms[1].interventions[0]}) to the JSON Pointer of the
 * JSON that gave the value ({@code /arms/1/interventions/0}), walking the bound value with the codecs.
 * The element of a {@code Set} is found in the document's array by value.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class ViolationPointers {
    private ViolationPointers() {}

    /** The problem for a violation of a value read from {@code tree} with {@code codec}. */
    public static Problem problemOf(ConstraintViolation<?> violation, Problems.Island island) {
        if (island.codec() instanceof ProfileCodec profile) {
            return profile.problemOf(violation, island);
        }
        return problemOf(violation, island, 0);
    }

    /** The problem for a violation, its path walked from its {@code skip}th node, from the island's value. */
    static Problem problemOf(ConstraintViolation<?> violation, Problems.Island island, int skip) {
        Pointer at = island.at();
        Object root = island.value();
        Codec<?> codec = island.codec();
        JsonNode tree = island.json();
        Object value = root;
        Codec<?> current = codec;
        @Nullable JsonNode json = tree;
        String unresolved = "";
        int skipped = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (skipped++ < skip) {
                continue;
            }
            if (node.isInIterable()) {
                if (!(current instanceof CollectionCodec<?> collection) || json == null) {
                    unresolved = violation.getPropertyPath().toString();
                    break;
                }
                Integer index = node.getIndex();
                if (index != null && value instanceof List<?> list && index < list.size()) {
                    value = list.get(index);
                } else if (index == null && node.getKey() == null && node.getKind() == ElementKind.CONTAINER_ELEMENT
                        && node instanceof org.hibernate.validator.path.ContainerElementNode element
                        && element.getValue() != null) {
                    value = element.getValue();
                    index = collection.indexIn(json, value);
                } else {
                    unresolved = "an element of this set: " + violation.getPropertyPath();
                    break;
                }
                if (index < 0 || index >= json.size()) {
                    unresolved = violation.getPropertyPath().toString();
                    break;
                }
                at = at.index(index);
                json = json.get(index);
                current = collection.element();
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                RecordCodec<?> record = recordOf(current, value);
                RecordCodec.Field field = record == null ? null : record.field(node.getName());
                if (field == null) {
                    unresolved = violation.getPropertyPath().toString();
                    break;
                }
                value = RecordAccess.get(field, value);
                if (value instanceof Optional<?> optional) {
                    value = optional.orElse(null);
                }
                at = at.property(field.name());
                json = json == null ? null : json.get(field.name());
                current = field.codec();
                if (value == null) {
                    break;
                }
            }
        }
        String message = violation.getMessage();
        if (!unresolved.isEmpty()) {
            message = message + " (at " + unresolved + ")";
        }
        return Problem.of(at.toString(), ProblemCode.CONSTRAINT_VIOLATION, message);
    }

    /**
     * The steps of a violation's property path, in order: a property's name as a {@code String}, an element's
     * index in a list as an {@code Integer} ({@code arms[1].label} gives {@code "arms", 1, "label"}). A map
     * key is given as its text; an element of a set, which has neither, gives no step.
     */
    public static List<Object> steps(ConstraintViolation<?> violation) {
        List<Object> steps = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    steps.add(node.getIndex());
                } else if (node.getKey() != null) {
                    steps.add(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                steps.add(node.getName());
            }
        }
        return steps;
    }

    static @Nullable RecordCodec<?> recordOf(Codec<?> codec, Object value) {
        if (codec instanceof RecordCodec<?> record) {
            return record;
        }
        if (codec instanceof UnionCodec<?> union && union.isWrittenAsObject(value)) {
            return union.variantOf(value);
        }
        return null;
    }
}
