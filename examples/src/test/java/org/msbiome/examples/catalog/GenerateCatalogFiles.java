package org.msbiome.examples.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.msbiome.core.evidence.Finding;
import org.msbiome.io.MsbiomeJson;

/** One-off: writes the catalog documents from CatalogSource. */
class GenerateCatalogFiles {
    static final Path DIR = Path.of("src/main/resources/org/msbiome/examples/catalog");

    static String slug(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    void generateOff() throws IOException {
        List<String> index = new ArrayList<>();
        for (CatalogEntry e : CatalogSource.entries()) {
            String dir = "studies/" + slug(e.label());
            Files.createDirectories(DIR.resolve(dir));
            MsbiomeJson.writer().write(e.study(), DIR.resolve(dir + "/study.json"));
            index.add(e.label() + "\tstudy\t" + dir + "/study.json");
            int i = 1;
            for (Finding f : e.findings()) {
                String name = dir + String.format(Locale.ROOT, "/finding-%02d-%s.json", i++, slug(f.measure().title()));
                MsbiomeJson.writer().write(f, DIR.resolve(name));
                index.add(e.label() + "\tfinding\t" + name);
            }
            e.sources().forEach(s -> index.add(e.label() + "\tsource\t" + s));
            e.leftOut().forEach(s -> index.add(e.label() + "\tleft-out\t" + s));
        }
        List<String> pooled = new ArrayList<>();
        for (PublishedPooledResult r : CatalogSource.publishedPooledResults()) {
            String name = "meta-analyses/" + slug(r.label()) + ".citation.json";
            Files.createDirectories(DIR.resolve("meta-analyses"));
            MsbiomeJson.writer().write(r.citation(), DIR.resolve(name));
            String note = r.note().orElseThrow();
            int cut = note.lastIndexOf("; http");
            index.add(r.label() + "\tcitation\t" + name);
            index.add(r.label() + "\tsource\t" + note.substring(cut + 2));
            pooled.add(String.join("\t", r.label(), r.outcome().toString(), r.measure().code(),
                    Double.toString(r.estimate()), Double.toString(r.interval().lower()),
                    Double.toString(r.interval().upper()), r.i2().map(String::valueOf).orElse(""),
                    r.trials().isPresent() ? Integer.toString(r.trials().getAsInt()) : "", note.substring(0, cut)));
        }
        Files.write(DIR.resolve("index.tsv.gen"), index);
        Files.write(DIR.resolve("published-pooled-results.tsv.gen"), pooled);
    }

    @Test
    void filesEqualSource() throws IOException {
        Catalog c = Catalog.load(DIR);
        org.assertj.core.api.Assertions.assertThat(c.entries()).isEqualTo(CatalogSource.entries());
        org.assertj.core.api.Assertions.assertThat(Catalog.bundled().entries()).isEqualTo(CatalogSource.entries());
        List<PublishedPooledResult> src = CatalogSource.publishedPooledResults();
        for (int i = 0; i < src.size(); i++) {
            PublishedPooledResult a = src.get(i), b = c.publishedPooledResults().get(i);
            org.assertj.core.api.Assertions.assertThat(new PublishedPooledResult(b.label(), b.citation(), b.outcome(), b.measure(), b.estimate(), b.interval(), b.i2(), b.trials(),
                    java.util.Optional.of(b.note().orElseThrow() + "; " + b.sources().get(0)), List.of())).isEqualTo(a);
        }
        org.assertj.core.api.Assertions.assertThat(c.publishedPooledResults()).hasSize(src.size());
    }
}
