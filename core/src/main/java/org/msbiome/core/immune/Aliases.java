package org.msbiome.core.immune;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msbiome.core.internal.Checks;

/** Normalises the alias lists of markers; kept apart from {@link Markers} so construction needs no index. */
final class Aliases {
    private Aliases() {}

    /** Aliases trimmed, non-blank, without nulls, as an unmodifiable list. */
    static List<String> normalise(@Nullable List<String> aliases) {
        List<String> copy = Checks.copyOf(aliases, "aliases");
        List<String> out = new ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            out.add(Checks.requireNonBlank(copy.get(i), "aliases[" + i + "]"));
        }
        return List.copyOf(out);
    }
}
