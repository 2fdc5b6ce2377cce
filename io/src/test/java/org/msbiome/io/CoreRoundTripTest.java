package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.evidence.Citation;
import org.msbiome.core.evidence.Finding;
import org.msbiome.core.evidence.GradeAssessment;
import org.msbiome.core.evidence.Study;
import org.msbiome.core.formulation.CfuAmount;
import org.msbiome.core.formulation.Component;
import org.msbiome.core.formulation.DeliveryForm;
import org.msbiome.core.formulation.DoseUnit;
import org.msbiome.core.formulation.Formulation;
import org.msbiome.core.formulation.FormulationKind;
import org.msbiome.core.formulation.PrebioticIngredient;
import org.msbiome.core.formulation.Strength;
import org.msbiome.core.formulation.UnitSize;
import org.msbiome.core.formulation.Viability;
import org.msbiome.core.immune.ImmuneEffect;
import org.msbiome.core.preclinical.PreclinicalStudy;
import org.msbiome.core.microbiome.CommunityProfile;
import org.msbiome.core.safety.SafetyReport;
import org.msbiome.core.signature.Experiment;
import org.msbiome.core.signature.Signature;
import org.msbiome.core.strain.CultureCollections;
import org.msbiome.core.strain.Deposit;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.strain.Strains;
import org.msbiome.core.taxonomy.NcbiTaxonId;
import org.msbiome.core.taxonomy.NameResolution;
import org.msbiome.core.taxonomy.Taxon;
import org.msbiome.core.taxonomy.TaxonName;
import org.msbiome.core.taxonomy.Taxonomy;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.fixtures.PublishedSignatures;
import org.msbiome.fixtures.PublishedStudies;
import org.msbiome.io.schema.MsbiomeSchemas;

/**
 * Every bound core document kind: write → read gives an equal value, writing is deterministic, and every
 * written document passes its bundled schema; over the well-known values of core and 1,000 seeded
 * generated values per kind (candidates that core itself rejects are drawn again, so only valid values
 * are used).
 */
class CoreRoundTripTest {
    private static final MsbiomeReader READER = MsbiomeJson.reader();
    private static final MsbiomeWriter WRITER = MsbiomeJson.writer();
    private static final List<Strain> KNOWN_STRAINS = List.of(
            Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG,
            Strains.SACCHAROMYCES_BOULARDII_CNCM_I_745,
            Strains.LACTICASEIBACILLUS_PARACASEI_DSM_13434,
            Strains.LACTOBACILLUS_ACIDOPHILUS_LA02,
            Strains.BIFIDOBACTERIUM_LACTIS_BS01);

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.argumentSet("taxon", Taxon.class, (Function<Random, Object>) CoreRoundTripTest::taxon),
                Arguments.argumentSet("strain", Strain.class, (Function<Random, Object>) CoreRoundTripTest::strain),
                Arguments.argumentSet("formulation", Formulation.class,
                        (Function<Random, Object>) CoreRoundTripTest::formulation),
                Arguments.argumentSet("clinical-trial", TrialDesign.class,
                        (Function<Random, Object>) r -> new Generated(r).trialDesign()),
                Arguments.argumentSet("preclinical-study", PreclinicalStudy.class,
                        (Function<Random, Object>) r -> new Generated(r).preclinicalStudy()),
                Arguments.argumentSet("immune-effect", ImmuneEffect.class,
                        (Function<Random, Object>) r -> new Generated(r).immuneEffect()),
                Arguments.argumentSet("citation", Citation.class,
                        (Function<Random, Object>) r -> new Generated(r).citation()),
                Arguments.argumentSet("grade-assessment", GradeAssessment.class,
                        (Function<Random, Object>) r -> new Generated(r).gradeAssessment()),
                Arguments.argumentSet("study", Study.class, (Function<Random, Object>) r -> new Generated(r).study()),
                Arguments.argumentSet("finding", Finding.class,
                        (Function<Random, Object>) r -> new Generated(r).finding()),
                Arguments.argumentSet("safety-report", SafetyReport.class,
                        (Function<Random, Object>) r -> new GeneratedSafety(r).safetyReport()),
                Arguments.argumentSet("name-resolution", NameResolution.class,
                        (Function<Random, Object>) CoreRoundTripTest::nameResolution),
                Arguments.argumentSet("community-profile", CommunityProfile.class,
                        (Function<Random, Object>) r -> new GeneratedProfile(r).profile()),
                Arguments.argumentSet("experiment", Experiment.class,
                        (Function<Random, Object>) r -> new GeneratedSignatures(r).experiment()),
                Arguments.argumentSet("signature", Signature.class,
                        (Function<Random, Object>) r -> new GeneratedSignatures(r).signature()));
    }

    @Test
    void everyKindHasGeneratedValues() {
        assertThat(kinds().map(a -> ((Class<?>) a.get()[0])).map(t -> MsbiomeJson.kinds().stream()
                .filter(k -> org.msbiome.io.internal.Bindings.standard().kindNamed(k).orElseThrow().type() == t)
                .findFirst().orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(MsbiomeJson.kinds());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void thousandSeededValuesRoundTrip(Class<?> type, Function<Random, Object> generator) {
        Random random = new Random(type.getName().hashCode());
        int done = 0;
        while (done < 1000) {
            Object value = valid(generator, random);
            if (value != null) {
                assertRoundTrip(type, value);
                done++;
            }
        }
        assertThat(done).isEqualTo(1000);
    }

    /**
     * Symmetry (issue #18): over 1,000 seeded values per kind that core's constructors accept, Bean Validation
     * not asked first, the writer either writes a document that reads back equal, or refuses the value with
     * the reader's problems; it refuses exactly the values that Bean Validation (which the reader runs) refuses.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void whatIsWrittenReadsBackEqualAndWhatTheReaderRefusesIsNotWritten(Class<?> type,
            Function<Random, Object> generator) {
        Random random = new Random(~type.getName().hashCode());
        int tried = 0;
        while (tried < 1000) {
            Object value;
            try {
                value = generator.apply(random);
            } catch (IllegalArgumentException e) {
                continue;
            }
            tried++;
            boolean valid = MsbiomeValidation.validator().validate(value).isEmpty();
            String json;
            try {
                json = WRITER.compact().write(value);
            } catch (InvalidDocumentException e) {
                assertThat(valid).as(e.getMessage()).isFalse();
                assertThat(e.problems()).extracting(Problem::code).containsOnly(ProblemCode.CONSTRAINT_VIOLATION);
                continue;
            }
            assertThat(valid).as(json).isTrue();
            assertThat(READER.read(json, type).orElseThrow()).isEqualTo(value);
        }
        assertThat(tried).isEqualTo(1000);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void wellKnownValuesRoundTrip(Class<?> type, Function<Random, Object> generator) {
        List<Object> values = new ArrayList<>();
        if (type == Taxon.class) {
            values.addAll(Taxonomy.knownTaxa());
        } else if (type == Strain.class) {
            values.addAll(KNOWN_STRAINS);
        } else if (type == NameResolution.class) {
            values.add(Taxonomy.resolve("Lactobacillus rhamnosus"));
            values.add(Taxonomy.resolve("Bifidobacterium animalis ssp. lactis"));
            values.add(Taxonomy.resolve("Saccharomyces cerevisiae var. boulardii"));
        } else if (type == Formulation.class) {
            values.add(lggCapsules());
            values.add(PublishedStudies.kouchakiCapsule());
        } else {
            values.addAll(published(type));
        }
        assertThat(values).isNotEmpty();
        values.forEach(v -> assertRoundTrip(type, v));
    }

    /** The published studies of the shared test fixtures (test-fixtures), by kind. */
    static List<?> published(Class<?> type) {
        List<Study> studies = List.of(PublishedStudies.kouchaki2017(), PublishedStudies.tamtaji2017(),
                PublishedStudies.salami2019(), PublishedStudies.lavasani2010(), PublishedStudies.tankou2018());
        if (type == TrialDesign.class) {
            return List.of(PublishedStudies.kouchaki2017Design(), PublishedStudies.rahimlou2022Design(),
                    PublishedStudies.tankou2018Design(), PublishedStudies.motlaghAsghari2023Design(),
                    PublishedStudies.tamtaji2017Design(), PublishedStudies.salami2019Design());
        } else if (type == PreclinicalStudy.class) {
            return List.of(PublishedStudies.lavasani2010Design());
        } else if (type == ImmuneEffect.class) {
            List<ImmuneEffect> effects = new ArrayList<>(PublishedStudies.rahimlou2022());
            effects.addAll(PublishedStudies.salami2019Effects());
            effects.addAll(PublishedStudies.kouchaki2017Effects());
            return effects;
        } else if (type == Citation.class) {
            return studies.stream().flatMap(s -> s.citations().stream()).toList();
        } else if (type == GradeAssessment.class) {
            return List.of(PublishedStudies.edssGrade(), PublishedStudies.eaeGrade());
        } else if (type == Study.class) {
            return studies;
        } else if (type == SafetyReport.class) {
            return List.of(PublishedStudies.nct02210780Safety(), PublishedStudies.nct00763412Safety());
        } else if (type == CommunityProfile.class) {
            return List.of(biomExample("rich_sparse_otu_table.biom"), biomExample("min_sparse_otu_table.biom"));
        } else if (type == Experiment.class) {
            return List.of(PublishedSignatures.jangi2016Experiment1(), PublishedSignatures.weis2019Experiment9());
        } else if (type == Signature.class) {
            return List.of(PublishedSignatures.jangi2016Signature1(), PublishedSignatures.jangi2016Signature2());
        } else if (type == Finding.class) {
            List<Finding> findings = new ArrayList<>(PublishedStudies.tamtaji2017Immune());
            findings.add(PublishedStudies.kouchaki2017Edss());
            findings.add(PublishedStudies.salami2019Edss());
            return findings;
        }
        throw new IllegalArgumentException(type.getName());
    }

    @Test
    void publishedFixturesMatchTheirGoldenFiles() {
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/clinical-trial-kouchaki-2017.json"),
                WRITER.write(PublishedStudies.kouchaki2017Design()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/preclinical-study-lavasani-2010.json"),
                WRITER.write(PublishedStudies.lavasani2010Design()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/finding-kouchaki-2017-edss.json"),
                WRITER.write(PublishedStudies.kouchaki2017Edss()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/immune-effect-rahimlou-2022.ndjson"),
                PublishedStudies.rahimlou2022().stream().map(e -> WRITER.compact().write(e) + "\n")
                        .collect(java.util.stream.Collectors.joining()));
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/grade-assessment-edss.json"),
                WRITER.write(PublishedStudies.edssGrade()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/safety-report-nct02210780.json"),
                WRITER.write(PublishedStudies.nct02210780Safety()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/safety-report-nct00763412.json"),
                WRITER.write(PublishedStudies.nct00763412Safety()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/citation-tamtaji-2017.json"),
                WRITER.write(PublishedStudies.TAMTAJI_2017_CITATION) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/name-resolution-lactobacillus-rhamnosus.json"),
                WRITER.write(Taxonomy.resolve("Lactobacillus  rhamnosus")) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/experiment-jangi-2016-1.json"),
                WRITER.write(PublishedSignatures.jangi2016Experiment1()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/experiment-weis-2019-9-experiment-only.json"),
                WRITER.write(PublishedSignatures.weis2019Experiment9()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/signature-jangi-2016-1-2.json"),
                WRITER.write(PublishedSignatures.jangi2016Signature2()) + "\n");
    }

    /** The example tables of the biom-format project (test resources, biom/README.md), as read by {@code Biom}. */
    static CommunityProfile biomExample(String name) {
        try {
            return org.msbiome.io.biom.Biom.read(GoldenFiles.TEST_RESOURCES.resolve("biom/" + name), null).profile();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void communityProfileMatchesItsGoldenFileAndStaysSparse() {
        CommunityProfile rich = biomExample("rich_sparse_otu_table.biom");
        String json = WRITER.write(rich);
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/community-profile-rich-sparse-otu-table.json"),
                json + "\n");
        // the file's shape is [5, 6] and its "data" lists 15 non-zero entries: only those 15 are on the wire
        long written = json.lines().filter(l -> l.matches("\\s+\"GG_OTU_[0-9]\": [0-9.]+,?")).count();
        assertThat(written).isEqualTo(15);
    }

    @Test
    void writesWellKnownMarkersAndStandardMeasuresAsText() {
        String trial = WRITER.write(PublishedStudies.kouchaki2017Design());
        assertThat(trial).contains("\"measure\": \"edss\"", "\"marker\": \"hs-CRP\"");
        String effect = WRITER.write(PublishedStudies.rahimlou2022().get(4));
        assertThat(effect).contains("\"type\": \"unlisted\"", "\"name\": \"TGF-β\"");
    }

    @org.junit.jupiter.api.Test
    void formulationMatchesItsGoldenFile() {
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/formulation-lgg.json"),
                WRITER.write(lggCapsules()) + "\n");
        GoldenFiles.assertMatches(GoldenFiles.TEST_RESOURCES.resolve("golden/strain-lgg.json"),
                WRITER.write(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG) + "\n");
    }

    /** Test data only (not a published product): LGG in capsules, 1E+10 CFU each, two a day. */
    static Formulation lggCapsules() {
        return new Formulation(Optional.of("Test capsules"), Optional.empty(), FormulationKind.PROBIOTIC,
                DeliveryForm.fromCode(DeliveryForm.values()[0].code()),
                List.of(Component.of(Strains.LACTICASEIBACILLUS_RHAMNOSUS_GG,
                        Strength.of(CfuAmount.of(new BigDecimal("1E+10")), DeliveryForm.values()[0].intakeUnit()))),
                List.of(), Optional.of(Viability.LIVE), Optional.empty(), Optional.of(new BigDecimal("2")));
    }

    private static void assertRoundTrip(Class<?> type, Object value) {
        String pretty = WRITER.write(value);
        ReadResult<?> read = READER.read(pretty, type);
        assertThat(read.problems()).as(pretty).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(value);
        assertThat(READER.read(WRITER.compact().write(value), type).orElseThrow()).isEqualTo(value);
        assertThat(WRITER.write(read.orElseThrow())).isEqualTo(pretty);
        assertThat(MsbiomeSchemas.validate(pretty)).as(pretty).isEmpty();
    }

    /** A candidate that core accepts (constructor and Bean Validation), or null. */
    private static Object valid(Function<Random, Object> generator, Random random) {
        try {
            Object value = generator.apply(random);
            return MsbiomeValidation.validator().validate(value).isEmpty() ? value : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final String[] GENERA = {"Lactobacillus", "Bifidobacterium", "Akkermansia", "Prevotella"};
    private static final String[] EPITHETS = {"alpha", "beta", "gamma", "delta", "muciniphila", "copri"};

    static Taxon taxon(Random random) {
        List<Taxon> known = Taxonomy.knownTaxa();
        if (random.nextInt(3) == 0) {
            return known.get(random.nextInt(known.size()));
        }
        TaxonName name = random.nextBoolean()
                ? TaxonName.of(GENERA[random.nextInt(GENERA.length)], EPITHETS[random.nextInt(EPITHETS.length)])
                : TaxonName.of(GENERA[random.nextInt(GENERA.length)], EPITHETS[random.nextInt(EPITHETS.length)],
                        EPITHETS[random.nextInt(EPITHETS.length)]);
        return random.nextBoolean() ? Taxon.of(name) : Taxon.of(name, NcbiTaxonId.of(1 + random.nextInt(3_000_000)));
    }

    /**
     * A resolution by the bundled snapshot of a listed former or current name, written as it is or loosely
     * (lower-case genus, "ssp.", runs of spaces), or of a generated unlisted name.
     */
    static NameResolution nameResolution(Random random) {
        List<org.msbiome.core.taxonomy.Reclassification> renamed = Taxonomy.reclassifications();
        String name = switch (random.nextInt(3)) {
            case 0 -> renamed.get(random.nextInt(renamed.size())).formerName().full();
            case 1 -> taxon(random).name().full();
            default -> Taxonomy.knownTaxa().get(random.nextInt(Taxonomy.knownTaxa().size())).name().full();
        };
        if (random.nextInt(4) == 0) {
            name = name.toLowerCase(java.util.Locale.ROOT).replace(" subsp. ", " ssp. ");
        }
        if (random.nextInt(5) == 0) {
            name = name.replace(" ", "  ");
        }
        return Taxonomy.resolve(name);
    }

    static Strain strain(Random random) {
        if (random.nextInt(4) == 0) {
            return KNOWN_STRAINS.get(random.nextInt(KNOWN_STRAINS.size()));
        }
        List<Deposit> deposits = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            var collections = CultureCollections.all();
            deposits.add(Deposit.of(collections.get(random.nextInt(collections.size())),
                    (random.nextBoolean() ? "P-" : "") + (1 + random.nextInt(200_000))));
        }
        Optional<String> designation = random.nextBoolean()
                ? Optional.of(Character.toString('A' + random.nextInt(26)) + random.nextInt(1000)) : Optional.empty();
        return new Strain(taxon(random), designation, deposits);
    }

    static Formulation formulation(Random random) {
        FormulationKind kind = FormulationKind.values()[random.nextInt(FormulationKind.values().length)];
        DeliveryForm form = DeliveryForm.values()[random.nextInt(DeliveryForm.values().length)];
        List<Component> components = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            DoseUnit per = random.nextBoolean() ? form.intakeUnit() : DoseUnit.GRAM;
            BigDecimal cfu = BigDecimal.valueOf(1 + random.nextInt(99), -(6 + random.nextInt(8)));
            components.add(Component.of(random.nextBoolean() ? strain(random)
                    : KNOWN_STRAINS.get(random.nextInt(KNOWN_STRAINS.size())), Strength.of(CfuAmount.of(cfu), per)));
        }
        List<PrebioticIngredient> prebiotics = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            prebiotics.add(PrebioticIngredient.of("ingredient " + random.nextInt(50)));
        }
        Optional<Viability> viability = random.nextBoolean()
                ? Optional.of(Viability.values()[random.nextInt(Viability.values().length)]) : Optional.empty();
        Optional<UnitSize> unitSize = form.intakeUnit().isCountable() && random.nextBoolean()
                ? Optional.of(new UnitSize(BigDecimal.valueOf(1 + random.nextInt(900), 3), DoseUnit.GRAM))
                : Optional.empty();
        Optional<BigDecimal> perDay = random.nextBoolean()
                ? Optional.of(BigDecimal.valueOf(1 + random.nextInt(6))) : Optional.empty();
        return new Formulation(
                random.nextBoolean() ? Optional.of("Product " + random.nextInt(100)) : Optional.empty(),
                random.nextBoolean() ? Optional.of("Maker " + random.nextInt(100)) : Optional.empty(),
                kind, form, components, prebiotics, viability, unitSize, perDay);
    }
}
