package org.msbiome.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataResourceTest {
    private static final String HEADER = "!format\tmsbiome-data\t1\n"
            + "!source\tLAV\tLavasani et al. 2010, doi:10.1371/journal.pone.0009009\n";

    private static DataResource parse(String text, String... required) throws IOException {
        return DataResource.parse("test.tsv", new StringReader(text), required);
    }

    @Test
    void loadsAResourceOfItsPackageThroughTheModule() {
        DataResource data = DataResource.load(DataResourceTest.class, "example.tsv", "name", "aliases");

        assertThat(data.name()).isEqualTo("org/msbiome/core/internal/example.tsv");
        assertThat(data.columns()).containsExactly("constant", "name", "aliases", "sources");
        assertThat(data.sources()).containsOnlyKeys("EXPL", "LAV");
        assertThat(data.sources().get("LAV").line()).isEqualTo(4);
        DataResource.Row treg = data.rows().get(1);
        assertThat(treg.key()).isEqualTo("TREG");
        assertThat(treg.line()).isEqualTo(7);
        assertThat(treg.list("aliases")).containsExactly("Treg", "CD4+CD25+FoxP3+ regulatory T cells");
        assertThat(treg.sourceKeys()).containsExactly("LAV", "EXPL");
        Map<String, String> names = data.map(row -> row.text("name"));
        assertThat(names).containsExactly(Map.entry("TH1", "Th1 cells"), Map.entry("TREG", "CD4+CD25+FoxP3+ Treg"));
        assertThat(data.get(names, "TH1")).isEqualTo("Th1 cells");
    }

    @Test
    void anEmptyCellIsAbsence() throws IOException {
        DataResource data = parse(HEADER + "!columns\tkey\tgene_id\tsources\nIFNG\t\tLAV\n");

        DataResource.Row row = data.rows().get(0);
        assertThat(row.optional("gene_id")).isEqualTo(Optional.empty());
        assertThat(row.list("gene_id")).isEqualTo(List.of());
        assertThatThrownBy(() -> row.text("gene_id"))
                .hasMessage("test.tsv:4: column gene_id is empty; a value is required");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> DataResource.load(DataResourceTest.class, "absent.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("data resource org/msbiome/core/internal/absent.tsv is missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            !columns\\tkey\\tsources\\nA\\tNOPE\\n| test.tsv:4: row A cites the unknown source key 'NOPE'; define it with a '!source' line
            !columns\\tkey\\tsources\\nA\\tLAV\\nA\\tLAV\\n| test.tsv:5: row key 'A' is repeated
            !columns\\tkey\\tname\\tsources\\nA\\tLAV\\n| test.tsv:4: the row has 2 cells; expected 3 (key, name, sources)
            !columns\\tkey\\tsources\\nA\\t\\n| test.tsv:4: row A names no source
            !columns\\tkey\\tid\\tsources\\nA\\t0x\\tLAV\\nB\\tNA\\tLAV\\n| test.tsv:5: column id holds the sentinel 'NA'; leave the cell empty when the value is absent
            !columns\\tkey\\tid\\tsources\\nA\\tunknown\\tLAV\\n| test.tsv:4: column id holds the sentinel 'unknown'; leave the cell empty when the value is absent
            !columns\\tkey\\tsources\\nA\\tLAV \\n| test.tsv:4: cell 2 'LAV ' has surrounding spaces
            !columns\\tkey\\tname\\n| test.tsv:3: no source column; name one 'sources' or '<fact>_sources'
            !source\\tLAV\\thttps://example.org\\n| test.tsv:3: source key 'LAV' is already defined on line 2
            !source\\tX\\tLavasani 2010\\n| test.tsv:3: source X has no URL, DOI or PMID: 'Lavasani 2010'
            A\\tLAV\\n| test.tsv:3: a row before the !columns line
            !columns\\tkey\\tsources\\n| test.tsv:2: source key 'LAV' is defined but no row cites it
            !colums\\tkey\\tsources\\n| test.tsv:3: unknown directive '!colums'
            """)
    void malformedDataIsAnErrorNamingFileAndLine(String body, String message) {
        assertThatThrownBy(() -> parse(HEADER + body.replace("\\t", "\t").replace("\\n", "\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    @Test
    void aRequiredColumnMustBeDeclared() {
        assertThatThrownBy(() -> parse(HEADER + "!columns\tkey\tsources\nA\tLAV\n", "name"))
                .hasMessage("test.tsv:3: missing column 'name'; columns are [key, sources]");
    }

    @Test
    void theFormatVersionIsChecked() {
        assertThatThrownBy(() -> parse("# comment\n!format\tmsbiome-data\t2\n"))
                .hasMessage("test.tsv:2: expected the header '!format<TAB>msbiome-data<TAB>1', found "
                        + "'!format\\u0009msbiome-data\\u00092'");
    }

    @Test
    void aRowTheMapperRejectsIsNamedWithItsLine() throws IOException {
        DataResource data = parse(HEADER + "!columns\tkey\tid\tsources\nA\tx\tLAV\n");

        assertThatThrownBy(() -> data.map(row -> Integer.parseInt(row.text("id"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv:4: row A is invalid: For input string: \"x\"");
    }
}
