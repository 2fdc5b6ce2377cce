package org.msbiome.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.msbiome.core.design.Allocation;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.ArmType;
import org.msbiome.core.design.InterventionModel;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.Regimen;
import org.msbiome.core.design.StudyType;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.io.MsbiomeJson;
import org.msbiome.io.ReadResult;
import org.msbiome.io.ctgov.CtgovImport;
import org.msbiome.io.ctgov.CtgovImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Doubling benchmarks (issue #18): each input is read at size n ({@code scale} 1) and 2n ({@code scale} 2);
 * the ratio of the two times shows the growth (about 2 for n log n or better, about 4 for a quadratic path).
 * Components in a formulation (base 2,000 distinct strains), arms and interventions in a ClinicalTrials.gov
 * record (base 500 of each, each intervention in one arm), keywords alternating a string and an object (base
 * 10,000), distinct taxa in a signature (base 2,000 genera, each with its NCBI Taxonomy ID) and samples in a
 * community profile (base 500 samples over 50 features, 10 counts each). The inputs are test data shaped like
 * the hostile inputs of the issue and the published documents of the golden files, not published records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DoublingBenchmark {
    private static final String COMPONENT = "{\"strain\":{\"taxon\":{\"name\":{\"genus\":\"Lacticaseibacillus\","
            + "\"species\":\"rhamnosus\"},\"ncbiTaxonId\":47715},\"designation\":\"GG%d\",\"deposits\":[{\"collection\":"
            + "\"ATCC\",\"accession\":\"%d\",\"typeStrain\":false}]},\"strength\":{\"amount\":1E+10,\"per\":\"capsule\"}}";

    /** 1 for n, 2 for 2n. */
    @Param({"1", "2"})
    public int scale;

    private String formulation;
    private String armsAndInterventions;
    private String keywords;
    private String signatureTaxa;
    private String profileSamples;
    private String trialArms;

    /** Makes the three inputs at this scale. */
    @Setup
    public void setUp() {
        StringBuilder components = new StringBuilder();
        for (int i = 0; i < 2_000 * scale; i++) {
            components.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, COMPONENT, i, 100_000 + i));
        }
        formulation = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"formulation\",\"formulation\":"
                + "{\"productName\":\"Test capsules\",\"kind\":\"probiotic\",\"form\":\"capsule\",\"components\":["
                + components + "],\"prebioticIngredients\":[],\"viability\":\"live\",\"unitsPerDay\":2}}";
        StringBuilder arms = new StringBuilder();
        StringBuilder interventions = new StringBuilder();
        for (int i = 0; i < 500 * scale; i++) {
            arms.append(i == 0 ? "" : ",").append("{\"label\":\"Arm ").append(i)
                    .append("\",\"type\":\"EXPERIMENTAL\",\"interventionNames\":[\"Dietary Supplement: Supplement ")
                    .append(i).append("\"]}");
            interventions.append(i == 0 ? "" : ",").append("{\"type\":\"DIETARY_SUPPLEMENT\",\"name\":\"Supplement ")
                    .append(i).append("\",\"armGroupLabels\":[\"Arm ").append(i).append("\"]}");
        }
        armsAndInterventions = record("\"armsInterventionsModule\":{\"armGroups\":[" + arms + "],\"interventions\":["
                + interventions + "]}");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 10_000 * scale; i++) {
            words.append(i == 0 ? "" : ",").append(i % 2 == 0 ? "\"k\"" : "{}");
        }
        keywords = record("\"conditionsModule\":{\"keywords\":[" + words + "]}");
        StringBuilder taxa = new StringBuilder();
        for (int i = 0; i < 2_000 * scale; i++) {
            taxa.append(i == 0 ? "" : ",").append("{\"entries\":[{\"rank\":\"genus\",\"name\":\"")
                    .append(genus(i)).append("\",\"ncbiTaxonId\":").append(1_000_000 + i).append("}]}");
        }
        signatureTaxa = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"signature\",\"signature\":"
                + "{\"id\":\"bsdb:1/1/1\",\"direction\":\"increased\",\"taxa\":[" + taxa + "],\"curation\":{}}}";
        StringBuilder features = new StringBuilder();
        for (int f = 0; f < 50; f++) {
            features.append(f == 0 ? "" : ",").append("{\"id\":\"OTU_").append(f).append("\"}");
        }
        StringBuilder samples = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 500 * scale; i++) {
            samples.append(i == 0 ? "" : ",").append("{\"id\":\"S").append(i).append("\",\"attributes\":{}}");
            values.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{");
            for (int k = 0; k < 10; k++) {
                values.append(k == 0 ? "" : ",").append("\"OTU_").append((i + 5 * k) % 50).append("\":").append(k + 1);
            }
            values.append('}');
        }
        profileSamples = "{\"format\":\"msbiome\",\"version\":\"1.0\",\"kind\":\"community-profile\","
                + "\"community-profile\":{\"measurement\":{\"values\":\"counts\"},\"filtered\":false,"
                + "\"features\":[" + features + "],\"samples\":[" + samples + "],\"values\":{" + values + "}}}";
        // 10 arms, each giving every one of 1,000 × scale interventions: the arm rules once scanned every
        // intervention for each name an arm gives (10 · n² comparisons)
        String[] names = new String[1_000 * scale];
        TrialDesign.Builder trial = TrialDesign.builder(StudyType.INTERVENTIONAL)
                .allocation(Allocation.RANDOMIZED).interventionModel(InterventionModel.PARALLEL);
        for (int i = 0; i < names.length; i++) {
            names[i] = "supplement " + i;
            trial.intervention(new OtherIntervention(names[i], Optional.empty(), Regimen.notReported()));
        }
        for (int a = 0; a < 10; a++) {
            trial.arm(Arm.of("arm " + a, ArmType.EXPERIMENTAL, names));
        }
        trialArms = MsbiomeJson.writer().compact().write(trial.build());
        for (String valid : new String[] {formulation, signatureTaxa, profileSamples, trialArms}) {
            MsbiomeJson.reader().readAny(valid).orElseThrow(); // the inputs are valid documents, or the setup fails
        }
    }

    /** A made-up genus name of letters only ("Gaa", "Gab", …), distinct for each {@code i}. */
    private static String genus(int i) {
        StringBuilder name = new StringBuilder("G");
        int n = i;
        for (int k = 0; k < 4; k++) {
            name.append((char) ('a' + n % 26));
            n /= 26;
        }
        return name.toString();
    }

    private static String record(String module) {
        return "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT02513394\"},"
                + "\"designModule\":{\"studyType\":\"INTERVENTIONAL\"}," + module + "}}";
    }

    /** Reads a trial of 10 arms, each giving all of its 1,000 × scale interventions. @return the result */
    @Benchmark
    public ReadResult<Object> readTrialArmsGivingEveryIntervention() {
        return MsbiomeJson.reader().readAny(trialArms);
    }

    /** Reads a formulation of 2,000 × scale distinct components. @return the result */
    @Benchmark
    public ReadResult<Object> readFormulationComponents() {
        return MsbiomeJson.reader().readAny(formulation);
    }

    /** Imports a record of 500 × scale arms and as many interventions. @return the import */
    @Benchmark
    public CtgovImport importCtgovArmsAndInterventions() {
        return CtgovImporter.importJson(armsAndInterventions);
    }

    /** Reads a signature of 2,000 × scale distinct genera. @return the result */
    @Benchmark
    public ReadResult<Object> readSignatureTaxa() {
        return MsbiomeJson.reader().readAny(signatureTaxa);
    }

    /** Reads a community profile of 500 × scale samples. @return the result */
    @Benchmark
    public ReadResult<Object> readProfileSamples() {
        return MsbiomeJson.reader().readAny(profileSamples);
    }

    /** Imports a record of 10,000 × scale keywords, strings and objects alternating. @return the import */
    @Benchmark
    public CtgovImport importCtgovKeywords() {
        return CtgovImporter.importJson(keywords);
    }
}
