package org.msbiome.examples.cli;

import static org.msbiome.examples.cli.TerminalText.println;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.msbiome.core.design.Arm;
import org.msbiome.core.design.DiseaseModifyingTherapy;
import org.msbiome.core.design.Intervention;
import org.msbiome.core.design.OtherIntervention;
import org.msbiome.core.design.Phase;
import org.msbiome.core.design.Placebo;
import org.msbiome.core.design.ProbioticIntervention;
import org.msbiome.core.design.TrialDesign;
import org.msbiome.core.outcome.Outcome;
import org.msbiome.core.population.MsCourse;
import org.msbiome.core.population.Population;
import org.msbiome.core.strain.Strain;
import org.msbiome.core.validation.MsbiomeValidation;
import org.msbiome.io.InvalidDocumentException;
import org.msbiome.io.Problem;
import org.msbiome.io.ctgov.CtgovImport;
import org.msbiome.io.ctgov.CtgovImporter;
import org.msbiome.io.ctgov.CtgovStudy;
import org.msbiome.io.ctgov.SecondaryId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code msbiome import-ctgov PATH...}: imports ClinicalTrials.gov API v2 study records. For one file it prints
 * the design, the registration details, the results (groups matched to arms, the adverse-event table per arm,
 * the outcome measurements and the effect sizes computed from them), the inferred values, the rejected values
 * and the unmapped fields; for several files or a directory it prints one line per record and a summary (see
 * {@link ImportRun}). With {@code --output}, it writes the designs and the harms as msbiome documents.
 * Exit code 0 when every design was built and no value was rejected, 1 otherwise, 2 on a usage error (and
 * when the one file given cannot be read).
 */
@Command(name = "import-ctgov", mixinStandardHelpOptions = true,
        description = {
            // one paragraph per element: picocli wraps each to the terminal's width
            "Import ClinicalTrials.gov API v2 study records (JSON) and show what mapped, what was inferred, what"
                    + " was rejected and what was not mapped.",
            "One FILE: the whole report. Several files or a DIR (searched for *.json): one line per record,"
                    + " progress on standard error, and a summary; a file that cannot be read, is not UTF-8 text or"
                    + " is not a study record is reported and the others are still imported.",
            "Exit code: 0 every record imported with nothing rejected, 1 any was not, 2 usage error."
        })
final class ImportCtgovCommand implements Callable<Integer> {
    /**
     * How many values of each list a report shows without {@code --all}: every list of a real record (NCT02210780
     * has 131 unmapped fields), while a record of 100,000 rejected values still gives a report of bounded size.
     */
    static final int LISTED = 1000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "study records (a study or its "
            + "protocolSection), or directories searched for *.json")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE.ndjson",
            description = "also write each imported design (clinical-trial) and its harms (safety-report) as msbiome"
                    + " documents: one file per document in DIR, or one line each in FILE.ndjson")
    Path output;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON object per record, per problem and the summary, one per"
                    + " line (schema: org/msbiome/examples/cli/output.schema.json)")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--all",
            description = "list every value in the report of one file; by default each list shows its first "
                    + LISTED + " and says how many more there are (--format json writes every one)")
    boolean all;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "1000", converter = RecordCount.class,
            description = "write a progress line to standard error every N records (default ${DEFAULT-VALUE};"
                    + " 0 for none)")
    long progressEvery;

    @Override
    public Integer call() {
        warmUpValidation();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (progressEvery < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress-every " + progressEvery + " is negative; expected 0 (no progress lines) or more");
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                println(err, "msbiome: import-ctgov: no such file: " + path);
                return MsbiomeCommand.USAGE;
            }
        }
        ImportOutput target = null;
        if (output != null) {
            try {
                target = ImportOutput.open(output);
            } catch (IOException | UncheckedIOException e) {
                println(err, "msbiome: import-ctgov: cannot write " + output + ": " + ImportRun.reason(e));
                return MsbiomeCommand.USAGE;
            }
        }
        try {
            if (paths.size() == 1 && !Files.isDirectory(paths.get(0)) && format == OutputFormat.TEXT) {
                return single(out, err, paths.get(0), target);
            }
            return new ImportRun(out, err, format, progressEvery, target, all ? Integer.MAX_VALUE : LISTED).run(paths);
        } finally {
            if (target != null) {
                try {
                    target.close();
                } catch (IOException e) {
                    println(err, "msbiome: import-ctgov: cannot write " + output + ": " + ImportRun.reason(e));
                }
            }
        }
    }

    /**
     * Builds Hibernate Validator's factory on another thread while the first record is read and mapped: the
     * importer checks each design with Bean Validation, and building the factory (0.1 to 0.2 s) would otherwise
     * wait for the record. A failure is left for the importer to meet and report.
     */
    private static void warmUpValidation() {
        Thread warmUp = new Thread(() -> {
            try {
                MsbiomeValidation.validator();
            } catch (RuntimeException | LinkageError e) {
                // the importer meets the same failure when it validates, and reports it there
            }
        }, "msbiome-validation-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** One file: the whole report; problems go to standard error. */
    private Integer single(PrintWriter out, PrintWriter err, Path file, ImportOutput target) {
        CtgovImport result;
        try {
            result = CtgovImporter.importFile(file);
        } catch (IOException | UncheckedIOException e) {
            println(err, "msbiome: import-ctgov: cannot read " + file + ": " + ImportRun.reason(e));
            return MsbiomeCommand.USAGE;
        } catch (InvalidDocumentException e) {
            Optional<String> notText = ImportRun.notUtf8(file, e);
            if (notText.isPresent()) {
                println(err, "msbiome: import-ctgov: " + file + " is not UTF-8 text: " + notText.get()
                        + "; a study record is JSON text");
                return MsbiomeCommand.INVALID;
            }
            println(err, "msbiome: import-ctgov: " + file + " is not a ClinicalTrials.gov study record:");
            for (Problem problem : e.problems()) {
                println(err, "  " + problem);
            }
            return MsbiomeCommand.INVALID;
        }
        print(out, result, all ? Integer.MAX_VALUE : LISTED);
        if (target != null) {
            try {
                out.println();
                ImportOutput.Written written = target.write(result, file);
                written.files().stream().distinct().forEach(f -> println(out, "wrote " + f));
                written.notWritten().forEach(m -> println(out, m));
                if (!written.notWritten().isEmpty()) {
                    return MsbiomeCommand.INVALID;
                }
            } catch (IOException | UncheckedIOException e) {
                println(err, "msbiome: import-ctgov: cannot write " + output + ": " + ImportRun.reason(e));
                return MsbiomeCommand.USAGE;
            }
        }
        return result.isClean() ? MsbiomeCommand.OK : MsbiomeCommand.INVALID;
    }

    /** A count of records: a whole number, said in words when it is not one. */
    static final class RecordCount implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a whole number; expected a count of records like 1000 (0 for no progress lines)");
            }
        }
    }

    /**
     * Prints the report of one record; each list shows at most {@code listed} values and then how many more
     * there are, so that a record of 100,000 rejected values still gives a report a person can read.
     */
    static void print(PrintWriter out, CtgovImport result, int listed) {
        CtgovStudy study = result.study();
        println(out, "Study");
        line(out, "NCT ID", study.nctId().map(Object::toString));
        line(out, "organization's ID", study.orgStudyId());
        for (SecondaryId id : study.secondaryIds()) {
            println(out, "  secondary ID: " + id.id() + id.type().map(t -> " [" + t.code() + "]").orElse("")
                    + id.domain().map(d -> " (" + d + ")").orElse("")
                    + id.registryId().map(r -> " = " + r).orElse(""));
        }
        line(out, "brief title", study.briefTitle());
        line(out, "official title", study.officialTitle());
        line(out, "acronym", study.acronym());
        line(out, "status verified", study.statusVerifiedDate().map(Object::toString));
        line(out, "start", study.startDate().map(Object::toString));
        line(out, "primary completion", study.primaryCompletionDate().map(Object::toString));
        line(out, "completion", study.completionDate().map(Object::toString));
        list(out, "conditions", study.conditions(), listed);
        list(out, "keywords", study.keywords(), listed);
        line(out, "intervention model description", study.interventionModelDescription());
        line(out, "observational model", study.observationalModel().map(Enum::name));
        line(out, "time perspective", study.timePerspective().map(Enum::name));
        line(out, "patient registry", study.patientRegistry().map(Object::toString));
        line(out, "target duration", study.targetDuration());
        line(out, "biospecimens", study.bioSpecRetention().map(Enum::name));
        line(out, "biospecimen description", study.bioSpecDescription());

        out.println();
        if (result.design().isEmpty()) {
            println(out, "Design: none (see the rejected values)");
        } else {
            printDesign(out, result.design().get(), study);
        }

        result.results().ifPresent(r -> {
            out.println();
            ResultsPrinter.print(out, r);
        });

        out.println();
        section(out, "Inferred values", result.inferred(), listed);
        out.println();
        section(out, "Rejected values", result.rejected(), listed);
        out.println();
        section(out, "Organisms and doses in texts", result.mentions(), listed);
        out.println();
        section(out, "Missing", result.missing(), listed);
        out.println();
        section(out, "Unmapped fields", result.unmapped(), listed);
    }

    private static void printDesign(PrintWriter out, TrialDesign design, CtgovStudy study) {
        println(out, "Design");
        line(out, "study type", Optional.of(design.studyType().code()));
        list(out, "phases", design.phases().stream().map(ImportCtgovCommand::phase).toList());
        line(out, "allocation", design.allocation().map(Enum::name));
        line(out, "intervention model", design.interventionModel().map(Enum::name));
        line(out, "primary purpose", design.primaryPurpose().map(Enum::name));
        line(out, "masking", design.masking().map(m -> m.masking().name()
                + (m.whoMasked().isEmpty() ? "" : " (" + m.whoMasked().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", ")) + ")")
                + m.description().map(d -> ": " + d).orElse("")));
        line(out, "enrollment", design.enrollment().map(e -> e.count() + " (" + e.type().name() + ")"));
        line(out, "overall status", design.overallStatus().map(Enum::name));
        design.population().ifPresent(p -> printPopulation(out, p));
        list(out, "registrations", design.registrations().stream().map(Object::toString).toList());
        println(out, "  arms (" + design.arms().size() + "):");
        for (Arm arm : design.arms()) {
            println(out, "    " + arm.label() + " [" + arm.type().name() + "]: "
                    + (arm.interventionNames().isEmpty() ? "no intervention" : String.join(", ", arm.interventionNames())));
        }
        println(out, "  interventions (" + design.interventions().size() + "):");
        for (Intervention intervention : design.interventions()) {
            String type = Optional.ofNullable(study.interventionTypes().get(intervention.name()))
                    .map(t -> " [" + t.code() + "]").orElse("");
            println(out, "    " + intervention.name() + type + ": " + kind(intervention));
        }
        println(out, "  outcomes (" + design.outcomes().size() + "):");
        for (Outcome outcome : design.outcomes()) {
            println(out, "    " + outcome.role().map(Enum::name).orElse("(role not stated)") + ": "
                    + outcome.measure().title() + outcome.timeFrame().map(t -> " [" + t + "]").orElse(""));
        }
    }

    private static void printPopulation(PrintWriter out, Population p) {
        list(out, "MS phenotypes", p.phenotypes().stream().map(MsCourse::phenotype).map(ph -> ph.code()).toList());
        line(out, "sex", p.sex().map(Enum::name));
        line(out, "minimum age", p.minimumAge().map(a -> a + " " + p.minimumAgeIn().orElseThrow().code()));
        line(out, "maximum age", p.maximumAge().map(a -> a + " " + p.maximumAgeIn().orElseThrow().code()));
        line(out, "healthy volunteers", p.healthyVolunteers().map(Object::toString));
    }

    private static String kind(Intervention intervention) {
        if (intervention instanceof ProbioticIntervention p) {
            return "probiotic" + (p.givenStrains().isEmpty() ? "" : " of " + p.givenStrains().stream()
                    .map(Strain::taxon).map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (intervention instanceof Placebo) {
            return "placebo";
        }
        if (intervention instanceof DiseaseModifyingTherapy) {
            return "disease-modifying therapy";
        }
        return "other" + ((OtherIntervention) intervention).description().map(d -> ": " + d).orElse("");
    }

    /** A phase as the registry means it: {@code NA} is "not applicable" (R users read NA as missing). */
    static String phase(Phase phase) {
        return phase == Phase.NA ? "not applicable" : phase.code();
    }

    private static void line(PrintWriter out, String label, Optional<String> value) {
        value.ifPresent(v -> println(out, "  " + label + ": " + v));
    }

    private static void list(PrintWriter out, String label, List<String> values) {
        list(out, label, values, Integer.MAX_VALUE);
    }

    private static void list(PrintWriter out, String label, List<String> values, int listed) {
        if (values.size() > listed) {
            println(out, "  " + label + ": " + String.join("; ", values.subList(0, listed)) + "; ... and "
                    + more(values.size() - listed) + " (" + count(values.size()) + " in all; --all lists every one)");
        } else if (!values.isEmpty()) {
            println(out, "  " + label + ": " + String.join("; ", values));
        }
    }

    /** A heading with the number of values, and the first {@code listed} values, one per line. */
    private static void section(PrintWriter out, String heading, List<?> values, int listed) {
        println(out, heading + " (" + values.size() + ")");
        values.stream().limit(listed).forEach(v -> println(out, "  " + v));
        if (values.size() > listed) {
            println(out, "  ... and " + more(values.size() - listed) + " (--all lists every one; --format json"
                    + " writes each as a line)");
        }
    }

    private static String more(int n) {
        return count(n) + " more";
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
