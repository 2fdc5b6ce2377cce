package org.msbiome.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The declared JSON property names of records: per record type (by its binary class name), each JSON name
 * and the record component it stands for, in wire order. The format is declared here, not derived from the
 * Java names: renaming a component without changing its declaration fails when the bindings are built.
 *
 * <p>Text form (the resource {@code wire-names.txt}): one line per type, the class name and then its names,
 * separated by spaces; {@code json=component} where the component has another name; {@code #} starts a
 * comment line.
 *
 * <p>This class is internal and is hence not for public use. Its APIs are unstable and can change at
 * any time.
 */
public final class WireNames {
    /** A JSON property name: a letter, then letters and digits (the format's names are lower camel case). */
    private static final Pattern JSON_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern SPACES = Pattern.compile(" +");

    /** One declared name: the property's JSON name and the record component it stands for. */
    public record Name(String json, String component) {}

    private final Map<String, List<Name>> byType;

    private WireNames(Map<String, List<Name>> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    /** The names of format 1.0, bundled with io. */
    public static WireNames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final WireNames STANDARD = read("wire-names.txt");
    }

    private static WireNames read(String resource) {
        try (InputStream in = WireNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from msbiome-io");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException if a line is malformed, a type is declared twice, or a JSON name or a
     *     component is repeated within a type
     */
    public static WireNames parse(String text) {
        Map<String, List<Name>> byType = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = SPACES.split(line);
            List<String> entries = List.of(words).subList(1, words.length);
            if (byType.put(words[0], names(words[0], entries)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + words[0] + " is declared twice");
            }
        }
        return new WireNames(byType);
    }

    /** The names of one type, from entries {@code json} or {@code json=component}. */
    static List<Name> names(String type, List<String> entries) {
        List<Name> names = new ArrayList<>();
        Set<String> json = new HashSet<>();
        Set<String> components = new HashSet<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            Name name = eq < 0 ? new Name(entry, entry) : new Name(entry.substring(0, eq), entry.substring(eq + 1));
            if (!JSON_NAME.matcher(name.json()).matches() || name.component().isEmpty()) {
                throw new IllegalArgumentException(type + ": '" + entry + "' is not a name or name=component");
            }
            if (!json.add(name.json()) || !components.add(name.component())) {
                throw new IllegalArgumentException(type + ": '" + entry + "' repeats a name or a component");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** The declared types, by binary class name, each with its names in wire order. */
    public Map<String, List<Name>> byType() {
        return byType;
    }
}
