package org.msbiome.io.bugsigdb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.microbiome.ProfilingMethod;
import org.msbiome.core.microbiome.UberonId;
import org.msbiome.core.signature.AbundanceDirection;
import org.msbiome.core.signature.ContrastGroup;
import org.msbiome.core.signature.Curation;
import org.msbiome.core.signature.DiversityChange;
import org.msbiome.core.signature.DiversityIndex;
import org.msbiome.core.signature.DiversityResult;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.OntologyTerm;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.signature.SourceStudy;

/** Maps the experiment-level and signature-level fields of a row. */
final class RowMapper {
    private static final DateTimeFormatter CURATED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int MAX_DECIMAL_CHARS = 30;
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,9}");
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,9})?");

    private RowMapper() {}

    /** The experiment of this row, without signatures; empty (with the reason reported) if it cannot be built. */
    static Optional<Experiment> experiment(Row row, String id, String studyIdFromKey, Optional<String> provenance) {
        String studyId = row.freeText(Columns.STUDY).orElse(studyIdFromKey);
        SourceStudy study = new SourceStudy(studyId, row.parsed(Columns.PMID, Pmid::parse),
                row.parsed(Columns.DOI, Doi::parse), row.text(Columns.STUDY_DESIGN), row.text(Columns.AUTHORS),
                row.text(Columns.TITLE), row.text(Columns.JOURNAL), row.parsed(Columns.YEAR, RowMapper::year),
                row.text(Columns.KEYWORDS).map(k -> split(k, ",")).orElse(List.of()));
        Optional<String> group0 = row.freeText(Columns.GROUP0_NAME);
        Optional<String> group1 = row.freeText(Columns.GROUP1_NAME);
        Optional<Integer> size0 = row.parsed(Columns.GROUP0_SIZE, RowMapper::sampleSize);
        Optional<Integer> size1 = row.parsed(Columns.GROUP1_SIZE, RowMapper::sampleSize);
        List<OntologyTerm> terms = new ArrayList<>();
        row.text(Columns.EFO).ifPresent(v -> {
            for (String t : split(v, ",")) {
                try {
                    terms.add(OntologyTerm.of(t));
                } catch (IllegalArgumentException e) {
                    row.reject(Columns.EFO, t, e.getMessage());
                }
            }
        });
        List<DiversityResult> diversity = new ArrayList<>();
        for (int i = 0; i < Columns.DIVERSITY.size(); i++) {
            DiversityIndex index = DiversityIndex.values()[i];
            row.parsed(Columns.DIVERSITY.get(i), DiversityChange::fromCode)
                    .ifPresent(c -> diversity.add(new DiversityResult(index, c)));
        }
        Experiment experiment = null;
        if (group0.isEmpty() || group1.isEmpty()) {
            row.reject(group0.isEmpty() ? Columns.GROUP0_NAME : Columns.GROUP1_NAME, Row.NA,
                    "a contrast needs both group names; the experiment " + Row.quote(id) + " is not imported");
        } else {
            experiment = new Experiment(id, study, row.text(Columns.EXPERIMENT), row.text(Columns.HOST),
                    row.text(Columns.LOCATION), row.text(Columns.BODY_SITE), row.parsed(Columns.UBERON, UberonId::new),
                    row.text(Columns.CONDITION), terms,
                    new ContrastGroup(group0.get(), Optional.empty(), size0),
                    new ContrastGroup(group1.get(), row.freeText(Columns.GROUP1_DEFINITION), size1),
                    row.text(Columns.ANTIBIOTICS), row.parsed(Columns.SEQUENCING_TYPE, RowMapper::method),
                    row.text(Columns.REGION), row.text(Columns.PLATFORM), row.text(Columns.TRANSFORMATION),
                    row.text(Columns.TEST), row.parsed(Columns.THRESHOLD, RowMapper::decimal),
                    row.parsed(Columns.MHT, RowMapper::bool), row.parsed(Columns.LDA, RowMapper::decimal),
                    row.text(Columns.MATCHED_ON).map(v -> split(v, ",")).orElse(List.of()),
                    row.text(Columns.CONFOUNDERS).map(v -> split(v, ",")).orElse(List.of()),
                    diversity, List.of(), provenance);
        }
        return Optional.ofNullable(experiment);
    }

    /** The signature of this row; empty (with the reason reported) if it has no direction. */
    static Optional<Signature> signature(Row row, String id, Optional<String> provenance) {
        Optional<AbundanceDirection> direction = row.parsed(Columns.ABUNDANCE, AbundanceDirection::fromCode);
        Curation curation = new Curation(row.parsed(Columns.CURATED_DATE, RowMapper::curated),
                row.text(Columns.CURATOR), row.text(Columns.REVISION_EDITOR), row.text(Columns.REVIEWER),
                row.text(Columns.STATE));
        Optional<String> source = row.text(Columns.SOURCE);
        Optional<String> description = row.text(Columns.DESCRIPTION);
        var taxa = TaxonLists.read(row);
        if (direction.isEmpty()) {
            row.reject(Columns.ABUNDANCE, row.raw(Columns.ABUNDANCE).orElse(Row.NA),
                    "a signature needs its direction; signature " + Row.quote(id) + " with " + taxa.size()
                            + " taxa is not imported");
            return Optional.empty();
        }
        return Optional.of(new Signature(id, direction.get(), taxa, source, description, curation, provenance));
    }

    static List<String> split(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // Checked before Integer.parseInt and new BigDecimal, whose messages ("For input string: …") quote the whole
    // value unescaped (issue #18, D15).
    static int sampleSize(String v) {
        if (!WHOLE.matcher(v).matches()) {
            throw new IllegalArgumentException("a sample size is a whole number of at most 9 digits");
        }
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException("sample size " + n + " is not positive");
        }
        return n;
    }

    static int year(String v) {
        if (!WHOLE.matcher(v).matches()) {
            throw new IllegalArgumentException("a year is a four-digit year");
        }
        int y = Integer.parseInt(v);
        if (y < 1000 || y > 9999) {
            throw new IllegalArgumentException("year " + y + " is not a four-digit year");
        }
        return y;
    }

    static BigDecimal decimal(String v) {
        if (v.length() > MAX_DECIMAL_CHARS) {
            throw new IllegalArgumentException("number has more than " + MAX_DECIMAL_CHARS + " characters");
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw new IllegalArgumentException("not a decimal number like 0.05");
        }
        BigDecimal d = new BigDecimal(v);
        if (Math.abs(d.scale()) > MAX_DECIMAL_CHARS) {
            throw new IllegalArgumentException("number's exponent is beyond ±" + MAX_DECIMAL_CHARS);
        }
        return d;
    }

    static LocalDate curated(String v) {
        try {
            return LocalDate.parse(v, CURATED);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date like '10 January 2021'", e);
        }
    }

    static boolean bool(String v) {
        return switch (v) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw new IllegalArgumentException("expected TRUE or FALSE");
        };
    }

    static ProfilingMethod method(String v) {
        return switch (v) {
            case "16S" -> ProfilingMethod.AMPLICON_16S;
            case "WMS" -> ProfilingMethod.SHOTGUN_METAGENOMICS;
            default -> throw new IllegalArgumentException("sequencing type is not 16S or WMS (whole metagenome shotgun),"
                    + " the types this importer maps");
        };
    }
}
