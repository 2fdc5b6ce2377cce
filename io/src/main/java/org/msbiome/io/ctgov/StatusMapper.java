package org.msbiome.io.ctgov;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps the dates of the {@code statusModule}. (Its {@code overallStatus} belongs to the design: see
 * {@link DesignMapper}.)
 */
final class StatusMapper {
    /** The dates the module gives. */
    record Dates(Optional<RegistryDate> statusVerified, Optional<RegistryDate> start,
            Optional<RegistryDate> primaryCompletion, Optional<RegistryDate> completion) {
        static final Dates NONE = new Dates(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private StatusMapper() {}

    static Dates map(AccountingReader reader, JsonNode module, String p) {
        RegistryDate verified = null;
        Optional<String> text = reader.rawString(module, p, "statusVerifiedDate");
        if (text.isPresent()) {
            verified = date(reader, module.get("statusVerifiedDate"), p + "/statusVerifiedDate", text.get(),
                    Optional.empty());
        }
        RegistryDate start = dateStruct(reader, module, p, "startDateStruct");
        RegistryDate primaryCompletion = dateStruct(reader, module, p, "primaryCompletionDateStruct");
        RegistryDate completion = dateStruct(reader, module, p, "completionDateStruct");
        return new Dates(Optional.ofNullable(verified), Optional.ofNullable(start),
                Optional.ofNullable(primaryCompletion), Optional.ofNullable(completion));
    }

    private static @Nullable RegistryDate dateStruct(AccountingReader reader, JsonNode module, String p, String name) {
        JsonNode struct = reader.object(module, p, name);
        if (struct == null) {
            return null;
        }
        String sp = p + "/" + name;
        Optional<DateType> type = reader.code(struct, sp, "type", DateType::fromCode);
        Optional<String> text = reader.rawString(struct, sp, "date");
        if (text.isEmpty()) {
            if (struct.get("date") == null) {
                reader.reject(sp + "/date", null, "missing: a date structure needs its date");
            }
            return null;
        }
        return date(reader, struct.get("date"), sp + "/date", text.get(), type);
    }

    private static @Nullable RegistryDate date(AccountingReader reader, JsonNode node, String p, String text,
            Optional<DateType> type) {
        try {
            RegistryDate date = RegistryDate.parse(text, type);
            reader.mark(p);
            return date;
        } catch (IllegalArgumentException e) {
            reader.reject(p, node, e.getMessage());
            return null;
        }
    }
}
