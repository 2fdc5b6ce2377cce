package org.msbiome.io.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.MsPhenotype;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;
import tools.jackson.databind.JsonNode;

/**
 * What is inferred from free text: placebos, probiotics and their taxa from an intervention's name and
 * description, and MS phenotypes from conditions that name one unambiguously. Each inference is entered in
 * the account with the text it was inferred from and why.
 */
final class TextInference {
    private static final Pattern PLACEBO = Pattern.compile("\\bplacebo\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROBIOTIC = Pattern.compile("\\b(probiotics?|synbiotics?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    /**
     * Condition texts that name one MS phenotype (Lublin et al. 2014, PMID 24871874), after lower-casing and
     * replacing punctuation with spaces. "Multiple Sclerosis" alone and "Relapsing Multiple Sclerosis" (which
     * includes secondary progressive MS with relapses) name no single phenotype and are not here.
     */
    private static final Map<String, MsPhenotype> PHENOTYPES = Map.ofEntries(
            Map.entry("relapsing remitting multiple sclerosis", MsPhenotype.RRMS),
            Map.entry("multiple sclerosis relapsing remitting", MsPhenotype.RRMS),
            Map.entry("relapsing remitting ms", MsPhenotype.RRMS),
            Map.entry("rrms", MsPhenotype.RRMS),
            Map.entry("secondary progressive multiple sclerosis", MsPhenotype.SPMS),
            Map.entry("multiple sclerosis secondary progressive", MsPhenotype.SPMS),
            Map.entry("secondary progressive ms", MsPhenotype.SPMS),
            Map.entry("spms", MsPhenotype.SPMS),
            Map.entry("primary progressive multiple sclerosis", MsPhenotype.PPMS),
            Map.entry("multiple sclerosis primary progressive", MsPhenotype.PPMS),
            Map.entry("primary progressive ms", MsPhenotype.PPMS),
            Map.entry("ppms", MsPhenotype.PPMS),
            Map.entry("clinically isolated syndrome", MsPhenotype.CIS));

    private TextInference() {}

    /** The MS phenotypes the conditions (text by pointer) name, each once. */
    static List<MsCourse> phenotypes(AccountingReader reader, Map<String, String> conditions) {
        List<MsCourse> courses = new ArrayList<>();
        for (Map.Entry<String, String> e : conditions.entrySet()) {
            String text = e.getValue();
            String normal = NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            MsPhenotype phenotype = PHENOTYPES.get(normal);
            if (phenotype != null) {
                MsCourse course = MsCourse.of(phenotype);
                if (!courses.contains(course)) {
                    courses.add(course);
                }
                reader.infer("design.population.phenotypes", phenotype.code(), e.getKey(), text,
                        "the condition names this MS phenotype (Lublin 2014)");
            }
        }
        return courses;
    }

    /** The intervention an {@code interventions[]} element describes: a placebo, a probiotic, or another. */
    static Intervention intervention(AccountingReader reader, JsonNode node, String p, String name) {
        String namePointer = p + "/name";
        String descriptionPointer = p + "/description";
        Optional<String> description = reader.rawString(node, p, "description");
        if (PLACEBO.matcher(name).find()) {
            reader.infer("design.interventions[" + name + "]", "placebo", namePointer, name,
                    "the name says placebo");
            description.ifPresent(d -> reader.because(descriptionPointer,
                    "a placebo has a composition, not a description, in the vocabulary"));
            return new Placebo(name, Optional.empty(), Regimen.notReported());
        }
        List<Strain> strains = new ArrayList<>();
        List<String[]> sources = new ArrayList<>();
        sources.add(new String[] {namePointer, name});
        description.ifPresent(d -> sources.add(new String[] {descriptionPointer, d}));
        Set<Taxon> taxa = new LinkedHashSet<>();
        List<InferredValue> taxonInferences = new ArrayList<>();
        String keywordPointer = null;
        String keyword = null;
        OrganismMentions.Organism unresolved = null;
        String unresolvedPointer = null;
        String target = "design.interventions[" + name + "].strains";
        for (String[] source : sources) {
            Matcher m = PROBIOTIC.matcher(source[1]);
            if (keyword == null && m.find()) {
                keywordPointer = source[0];
                keyword = m.group();
            }
            for (OrganismMentions.Organism organism : OrganismMentions.organisms(source[1])) {
                if (organism.resolution().isEmpty()) {
                    reader.account().mention(new TextMention(source[0], organism.start(), organism.end(),
                            organism.text(), TextMention.Kind.ORGANISM, Optional.empty(), "the taxonomy does not know '"
                                    + organism.name() + "'"));
                    if (unresolved == null) {
                        unresolved = organism;
                        unresolvedPointer = source[0];
                    }
                    continue;
                }
                NameResolution resolution = organism.resolution().get();
                Strain strain = strain(resolution.taxon(), organism.designation());
                reader.account().mention(new TextMention(source[0], organism.start(), organism.end(), organism.text(),
                        TextMention.Kind.ORGANISM, Optional.of(target), resolution.taxon().name().full()
                                + organism.designation().map(d -> " strain " + d).orElse("")));
                if (taxa.add(resolution.taxon()) || !strains.contains(strain)) {
                    if (!strains.contains(strain)) {
                        strains.add(strain);
                    }
                    taxonInferences.add(new InferredValue(target, resolution.taxon().name().full(), source[0],
                            resolution.input(), "the taxonomy resolves the name: " + resolution));
                }
            }
            for (OrganismMentions.Dose dose : OrganismMentions.doses(source[1])) {
                reader.account().mention(new TextMention(source[0], dose.start(), dose.end(), dose.text(),
                        TextMention.Kind.DOSE, Optional.empty(), "a dose in free text is not encoded; the regimen "
                                + "stays not reported"));
            }
        }
        if (keyword != null || !taxa.isEmpty() || unresolved != null) {
            if (keyword != null) {
                reader.infer("design.interventions[" + name + "]", "probiotic", keywordPointer, keyword,
                        "the text says " + keyword);
            } else if (!taxonInferences.isEmpty()) {
                reader.infer("design.interventions[" + name + "]", "probiotic", taxonInferences.get(0).pointer(),
                        taxonInferences.get(0).text(), "the text names a bacterial taxon msbiome knows");
            } else {
                reader.infer("design.interventions[" + name + "]", "probiotic", unresolvedPointer, unresolved.text(),
                        "the text names an organism" + (unresolved.designation().isPresent()
                                ? " with a strain designation" : "") + " (not in msbiome's taxonomy; see the mentions)");
            }
            taxonInferences.forEach(reader.account()::infer);
            if (description.isPresent() && !reader.account().isInferredFrom(descriptionPointer)) {
                reader.because(descriptionPointer,
                        "a probiotic intervention has no description in the vocabulary; no known taxon is named in it");
            }
            return new ProbioticIntervention(name, Optional.empty(), strains, Regimen.notReported());
        }
        description.ifPresent(d -> reader.mark(descriptionPointer));
        return new OtherIntervention(name, description, Regimen.notReported());
    }

    /** The strain of a taxon with the designation the text gives, or without one if the designation is not valid. */
    private static Strain strain(Taxon taxon, Optional<String> designation) {
        if (designation.isPresent()) {
            try {
                return new Strain(taxon, designation, List.of());
            } catch (IllegalArgumentException e) {
                return Strain.of(taxon);
            }
        }
        return Strain.of(taxon);
    }
}
