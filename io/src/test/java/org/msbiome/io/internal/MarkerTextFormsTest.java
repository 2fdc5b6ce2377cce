package org.msbiome.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msbiome.core.immune.Axis;
import org.msbiome.core.immune.Cytokine;
import org.msbiome.core.immune.Cytokines;
import org.msbiome.core.immune.Gene;
import org.msbiome.core.immune.Lineage;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.Markers;

/** The list of markers written as their name is frozen per format version, not derived from the data. */
class MarkerTextFormsTest {
    private static final Pattern MARKER_STRING = Pattern.compile("\"marker\"\\s*:\\s*\"([^\"]*)\"");

    @Test
    void everyFrozenNameIsExactlyOneWellKnownMarker() {
        Bindings.TextForm<Marker> form = MarkerTextForms.format1();

        assertThat(form.byText()).hasSize(38).containsKeys(MarkerTextForms.FORMAT_1.toArray(String[]::new));
        assertThat(form.byText().get("IFN-γ")).isEqualTo(Cytokines.IFN_GAMMA);
        form.byText().forEach((name, marker) -> assertThat(marker.name()).isEqualTo(name));
    }

    @Test
    void everyMarkerWrittenAsAStringInTheFormat1DocumentsIsFrozen() throws IOException {
        Set<String> written = new TreeSet<>();
        for (String dir : List.of("src/test/resources/golden", "src/test/resources/compat/1.0")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = MARKER_STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        written.add(m.group(1));
                    }
                }
            }
        }

        assertThat(written).isNotEmpty().contains("IFN-γ", "hs-CRP", "intermediate monocytes");
        assertThat(MarkerTextForms.FORMAT_1).containsAll(written);
    }

    @Test
    void aNewWellKnownMarkerDoesNotChangeHowExistingMarkersAreWritten() {
        // A marker added to core after format 1.0 (made up for the test): it is written as its object, and
        // every frozen name keeps its string form.
        Cytokine added = new Cytokine("IL-99", List.of(), List.of(Gene.of("IL99")), Optional.empty(),
                List.of(Axis.producedBy(Lineage.TH17)));
        List<Marker> more = new ArrayList<>(Markers.all());
        more.add(added);

        assertThat(MarkerTextForms.of(MarkerTextForms.FORMAT_1, more).byText())
                .isEqualTo(MarkerTextForms.format1().byText())
                .doesNotContainKey("IL-99");
    }

    @Test
    void aNewMarkerThatRepeatsAFrozenNameIsRefusedNotSilentlySwitchedToObjectForm() {
        Cytokine twin = new Cytokine("IL-6", List.of(), List.of(Gene.of("IL6")), Optional.empty(), List.of());
        List<Marker> more = new ArrayList<>(Markers.all());
        more.add(twin);

        assertThatThrownBy(() -> MarkerTextForms.of(MarkerTextForms.FORMAT_1, more))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the frozen marker name 'IL-6' names 2 well-known markers; each frozen name must name"
                        + " exactly one");
    }
}
