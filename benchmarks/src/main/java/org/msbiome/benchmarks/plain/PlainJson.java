package org.msbiome.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/** The baseline mapper: Jackson 3 defaults, except that null components are left out (as msbiome does). */
public final class PlainJson {
    private PlainJson() {}

    /** The mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
}
