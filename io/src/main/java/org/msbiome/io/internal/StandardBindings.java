package org.msbiome.io.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.msbiome.core.design.DiseaseModifyingTherapy;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.effect.ComputedEffect;
import org.msbiome.core.effect.EffectSize;
import org.msbiome.core.effect.GroupSummary;
import org.msbiome.core.effect.MeanSummary;
import org.msbiome.core.effect.MedianSummary;
import org.msbiome.core.effect.ReportedEffect;
import org.msbiome.core.effect.Spread;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Doi;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.PartialDate;
import org.msbiome.core.evidence.Pmcid;
import org.msbiome.core.evidence.Pmid;
import org.msbiome.core.evidence.PublicationId;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.evidence.StudyDesign;
import org.msbiome.core.evidence.Subjects;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.formulation.DailyDose;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.PrebioticIngredient;
import org.msbiome.core.immune.Biomarker;
import org.msbiome.core.immune.CellPopulation;
import org.msbiome.core.immune.Cytokine;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.immune.Marker;
import org.msbiome.core.immune.UnlistedMarker;
import org.msbiome.core.measure.TimePoint;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.microbiome.UberonId;
import org.msbiome.core.outcome.CustomMeasure;
import org.msbiome.core.outcome.MarkerMeasure;
import org.msbiome.core.outcome.OutcomeMeasure;
import org.msbiome.core.outcome.StandardMeasure;
import org.msbiome.core.population.Edss;
import org.msbiome.core.preclinical.Cuprizone;
import org.msbiome.core.preclinical.DiseaseModel;
import org.msbiome.core.preclinical.Eae;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.preclinical.Tmev;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.strain.CultureCollection;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;

/**
 * The wire format of the msbiome core types: the document kinds, the type names of sealed interfaces,
 * and the types written as a JSON scalar. Every other record is an object with one property per
 * component, and every enum is written as its {@code code()} (see WIRE-FORMAT.md).
 */
final class StandardBindings {
    private StandardBindings() {}

    static Bindings.Builder register(Bindings.Builder builder) {
        return builder
                .names(WireNames.standard())
                // Exact numbers: a CFU amount is a JSON number read as BigDecimal, never a double.
                .mapped(CfuAmount.class, BigDecimal.class, CfuAmount::of, CfuAmount::value,
                        "a positive number of colony-forming units, like 1E+10")
                .mapped(NcbiTaxonId.class, Integer.class, NcbiTaxonId::of, NcbiTaxonId::value,
                        "an NCBI Taxonomy identifier, like 47715")
                .mapped(Edss.class, BigDecimal.class, Edss::new, Edss::score,
                        "an EDSS step: 0, 1.0, 1.5, ... 9.5 or 10")
                .text(CultureCollection.class, CultureCollection::of, CultureCollection::acronym, null,
                        "a culture collection acronym, like ATCC")
                .text(PrebioticIngredient.class, PrebioticIngredient::of, PrebioticIngredient::name, null,
                        "a prebiotic ingredient, like inulin")
                // Publication identifiers and dates: their canonical text, nothing else (no 'doi:' prefix).
                .text(Doi.class, Doi::new, Doi::value, "^10(\\.[0-9]+)+/\\S+$",
                        "a DOI name, like 10.1080/07315724.2017.1347074")
                .text(Pmid.class, canonical(Pmid::parse, Pmid::value), Pmid::value, PMID,
                        "a PubMed identifier, like 28922099")
                .text(Pmcid.class, canonical(Pmcid::parse, Pmcid::value), Pmcid::value, PMCID,
                        "a PubMed Central identifier, like PMC5763484")
                .text(PublicationId.class, canonical(StandardBindings::publicationId, PublicationId::value),
                        PublicationId::value, "^(10(\\.[0-9]+)+/\\S+|[1-9][0-9]{0,17}|PMC[1-9][0-9]{0,17})$",
                        "a DOI, PMID or PMCID, like 10.1080/07315724.2017.1347074, 28922099 or PMC5763484")
                .text(PartialDate.class, canonical(PartialDate::parse, PartialDate::toString), PartialDate::toString,
                        "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
                        "an ISO 8601 year, month or day, like 2024, 2024-07 or 2024-07-05")
                .text(UberonId.class, canonical(UberonId::new, UberonId::value), UberonId::value,
                        "^UBERON:[0-9]{7}$", "an Uberon anatomy ID, like UBERON:0001988")
                // A community profile is a final class with sparse rows, not a record: its own codec.
                .object(CommunityProfile.class, ProfileCodec::new)
                .union(DailyDose.class, variants(DailyDose.class,
                        "known", DailyDose.Known.class,
                        "unknown", DailyDose.Unknown.class))
                .union(Intervention.class, variants(Intervention.class,
                        "probiotic", ProbioticIntervention.class,
                        "placebo", Placebo.class,
                        "disease-modifying-therapy", DiseaseModifyingTherapy.class,
                        "other", OtherIntervention.class))
                .union(OutcomeMeasure.class, variants(OutcomeMeasure.class,
                        "marker", MarkerMeasure.class,
                        "custom", CustomMeasure.class), standardMeasures())
                .union(Marker.class, variants(Marker.class,
                        "cytokine", Cytokine.class,
                        "cell-population", CellPopulation.class,
                        "biomarker", Biomarker.class,
                        "unlisted", UnlistedMarker.class), MarkerTextForms.format1())
                .union(TimePoint.class, variants(TimePoint.class,
                        "baseline", TimePoint.Baseline.class,
                        "since-start", TimePoint.SinceStart.class,
                        "since-end", TimePoint.SinceEnd.class))
                .union(EffectSize.class, variants(EffectSize.class,
                        "computed", ComputedEffect.class,
                        "reported", ReportedEffect.class))
                .union(GroupSummary.class, variants(GroupSummary.class,
                        "mean", MeanSummary.class,
                        "median", MedianSummary.class))
                .union(Spread.class, variants(Spread.class,
                        "standard-deviation", Spread.StandardDeviation.class,
                        "standard-error", Spread.StandardError.class,
                        "interval-of-mean", Spread.IntervalOfMean.class,
                        "unspecified", Spread.Unspecified.class))
                .union(DiseaseModel.class, variants(DiseaseModel.class,
                        "eae", Eae.class,
                        "cuprizone", Cuprizone.class,
                        "tmev", Tmev.class))
                .union(StudyDesign.class, variants(StudyDesign.class,
                        "clinical", StudyDesign.Clinical.class,
                        "preclinical", StudyDesign.Preclinical.class))
                .union(Subjects.class, variants(Subjects.class,
                        "patients", Subjects.Patients.class,
                        "animal-model", Subjects.AnimalModel.class))
                .kind("citation", Citation.class)
                .kind("clinical-trial", TrialDesign.class)
                .kind("community-profile", CommunityProfile.class)
                .kind("experiment", Experiment.class)
                .kind("finding", Finding.class)
                .kind("formulation", Formulation.class)
                .kind("grade-assessment", GradeAssessment.class)
                .kind("immune-effect", ImmuneEffect.class)
                .kind("name-resolution", NameResolution.class)
                .kind("preclinical-study", PreclinicalStudy.class)
                .kind("safety-report", SafetyReport.class)
                .kind("signature", Signature.class)
                .kind("strain", Strain.class)
                .kind("study", Study.class)
                .kind("taxon", Taxon.class);
    }

    private static final String PMID = "^[1-9][0-9]{0,17}$";
    private static final String PMCID = "^PMC[1-9][0-9]{0,17}$";

    /** A DOI (starts with {@code 10.}), a PMCID (starts with {@code PMC}) or a PMID (digits). */
    private static PublicationId publicationId(String text) {
        if (text.startsWith("10.")) {
            return new Doi(text);
        } else if (text.startsWith("PMC")) {
            return Pmcid.parse(text);
        } else if (text.matches("[0-9]+")) {
            return Pmid.parse(text);
        }
        throw new IllegalArgumentException("publication id '" + text + "' is not a DOI, PMID or PMCID; expected a "
                + "form like '10.1080/07315724.2017.1347074', '28922099' or 'PMC5763484'");
    }

    /**
     * A parser that accepts only the canonical text of a value (what the writer writes), so that the reader
     * accepts nothing the schema's pattern refuses: a factory's lenient spellings ({@code "PMID: 1"},
     * {@code " pmc1 "}) are for people, not for the wire.
     */
    private static <T> Function<String, T> canonical(Function<String, T> parse, Function<T, String> format) {
        return text -> {
            T value = parse.apply(text);
            String canonical = format.apply(value);
            if (!canonical.equals(text)) {
                throw new IllegalArgumentException("'" + text + "' is not in canonical form; write '" + canonical + "'");
            }
            return value;
        };
    }

    /** Every standard outcome measure is written as its code: {@code "measure": "edss"}. */
    private static Bindings.TextForm<OutcomeMeasure> standardMeasures() {
        Map<String, OutcomeMeasure> byCode = new LinkedHashMap<>();
        for (StandardMeasure measure : StandardMeasure.values()) {
            byCode.put(measure.code(), measure);
        }
        return new Bindings.TextForm<>(byCode, "the code of a standard outcome measure");
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, Class<? extends T>> variants(Class<T> type, Object... namesAndTypes) {
        Map<String, Class<? extends T>> variants = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            variants.put((String) namesAndTypes[i], ((Class<?>) namesAndTypes[i + 1]).asSubclass(type));
        }
        return variants;
    }
}
