package org.msbiome.io.ctgov;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test records of {@code src/test/resources/ctgov} (provenance in its README.md). */
final class CtgovRecords {
    static final Path DIR = moduleDir().resolve("src/test/resources/ctgov");
    static final List<String> ALL = List.of("NCT02513394.json", "constructed-probiotic-ms.json",
            "constructed-crossover.json", "constructed-single-group-pilot.json",
            "constructed-observational-minimal.json", "constructed-unknown-enums.json");

    private CtgovRecords() {}

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src")) ? here : here.resolve("io");
    }

    static Path path(String name) {
        return DIR.resolve(name);
    }

    static CtgovImport load(String name) {
        try {
            return CtgovImporter.importFile(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String name) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(path(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Pointers of every leaf (scalar, empty object or empty array) of a tree, in document order. */
    static List<String> leaves(JsonNode node) {
        List<String> out = new ArrayList<>();
        leaves(node, "", out);
        return out;
    }

    private static void leaves(JsonNode node, String pointer, List<String> out) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                leaves(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, out);
            }
        } else {
            out.add(pointer);
        }
    }
}
