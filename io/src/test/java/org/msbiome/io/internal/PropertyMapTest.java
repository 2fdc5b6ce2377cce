package org.msbiome.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.msbiome.io.ReadLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader's compact object properties behave as the {@code LinkedHashMap} they replace: the same
 * answers to every operation, in the same order, for small objects (searched name by name) and large ones
 * (hashed).
 */
class PropertyMapTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026, 8_675_309})
    void answersEveryOperationAsALinkedHashMapDoes(long seed) {
        Random random = new Random(seed);
        PropertyMap compact = new PropertyMap(random.nextInt(5));
        Map<String, JsonNode> reference = new LinkedHashMap<>();
        // Names from a pool of 40, so that objects grow past the linear search and names repeat.
        for (int step = 0; step < 2_000; step++) {
            String name = "p" + random.nextInt(40);
            JsonNode value = NODES.numberNode(step);
            switch (random.nextInt(10)) {
                case 0, 1 -> assertThat(compact.remove(name)).isEqualTo(reference.remove(name));
                case 2 -> {
                    if (!reference.containsKey(name)) {
                        compact.append(name, value);
                        reference.put(name, value);
                    }
                }
                case 3 -> compact.trim();
                case 4 -> {
                    if (random.nextInt(50) == 0) {
                        compact.clear();
                        reference.clear();
                    }
                }
                default -> assertThat(compact.put(name, value)).isEqualTo(reference.put(name, value));
            }
            assertThat(compact.size()).isEqualTo(reference.size());
            assertThat(compact.get(name)).isEqualTo(reference.get(name));
            assertThat(compact.containsKey(name)).isEqualTo(reference.containsKey(name));
            assertThat(List.copyOf(compact.keySet())).isEqualTo(List.copyOf(reference.keySet()));
        }
        assertThat(compact).isEqualTo(reference);
        assertThat(reference).isEqualTo(compact);
        assertThat(compact.hashCode()).isEqualTo(reference.hashCode());
        assertThat(compact.toString()).isEqualTo(reference.toString());
        assertThat(List.copyOf(compact.values())).isEqualTo(List.copyOf(reference.values()));
        assertThat(List.copyOf(compact.entrySet())).isEqualTo(List.copyOf(reference.entrySet()));
        assertThat(compact.isEmpty()).isEqualTo(reference.isEmpty());
        for (JsonNode value : reference.values()) {
            assertThat(compact.containsValue(value)).isTrue();
        }
        assertThat(compact.containsValue(NODES.stringNode("absent"))).isFalse();
        assertThat(compact.get(7)).isNull();
        assertThat(compact.containsKey(null)).isFalse();
    }

    @Test
    void anIteratorRemovesAndSetsThroughAndRefusesAChangeBehindItsBack() {
        PropertyMap map = new PropertyMap(0);
        for (int i = 0; i < 12; i++) {
            map.append("p" + i, NODES.numberNode(i));
        }
        Iterator<Map.Entry<String, JsonNode>> entries = map.entrySet().iterator();
        List<String> kept = new ArrayList<>();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().intValue() % 3 == 0) {
                entries.remove();
            } else {
                entry.setValue(NODES.stringNode(entry.getKey()));
                kept.add(entry.getKey());
            }
        }
        assertThat(List.copyOf(map.keySet())).isEqualTo(kept);
        assertThat(map.get("p4")).isEqualTo(NODES.stringNode("p4"));
        assertThat(map.get("p9")).isNull();

        Iterator<Map.Entry<String, JsonNode>> stale = map.entrySet().iterator();
        stale.next();
        map.put("new", NODES.nullNode());
        assertThatThrownBy(stale::next).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void theReadersTreeEqualsJacksonsOwnTreeAndCanBeChanged() {
        String json = "{\"b\":1,\"a\":[1,2.50,{\"x\":\"y\"}],\"c\":{},\"d\":[],\"many\":{"
                + "\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9}}";
        TreeReader trees = new TreeReader(ReadLimits.defaults());
        JsonNode tree = trees.read(() -> trees.parser(new StringReader(json)), new Problems(), 0);
        JsonNode jackson = JsonMapper.builder().enable(tools.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(json);

        assertThat(tree).isEqualTo(jackson);
        assertThat(tree.toString()).isEqualTo(jackson.toString());
        assertThat(tree.get("many").get("k9").intValue()).isEqualTo(9);
        assertThat(tree.get("many").propertyNames()).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6",
                "k7", "k8", "k9");

        ObjectNode object = (ObjectNode) tree;
        object.put("e", true);
        object.remove("b");
        assertThat(object.propertyNames()).containsExactly("a", "c", "d", "many", "e");
    }
}
