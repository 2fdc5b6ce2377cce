package org.msbiome.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.msbiome.io.InvalidDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code msbiome} command-line tool: {@code java -jar msbiome-examples.jar <command>}.
 *
 * <p>Exit codes, the same for every command:
 * <table>
 * <caption>Exit codes</caption>
 * <tr><th>code</th><th>meaning</th></tr>
 * <tr><td>0</td><td>success: every input valid (and, for {@code summarize}, a pooled estimate)</td></tr>
 * <tr><td>1</td><td>an input has problems</td></tr>
 * <tr><td>2</td><td>usage error: an unknown command or option, a bad value, a path that cannot be used</td></tr>
 * <tr><td>3</td><td>{@code summarize}: the inputs are valid but there was nothing to pool (fewer than two
 * studies with an effect size)</td></tr>
 * </table>
 * Bad input and bad arguments are reported as messages for people, never as stack traces. Numbers are always
 * written with ASCII {@code -} and {@code .}; other text falls back to ASCII when standard output's charset
 * cannot encode it ({@code LANG=C}).
 */
@Command(
        name = "msbiome",
        mixinStandardHelpOptions = true,
        versionProvider = MsbiomeCommand.Version.class,
        description = "Work with msbiome vocabulary documents.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success: every input valid (summarize: a pooled estimate)",
            "  1  an input has problems",
            "  2  usage error (unknown command or option, bad value, unusable path)",
            "  3  summarize: nothing to pool (fewer than two studies with an effect size)"},
        subcommands = {TourCommand.class, ValidateCommand.class, CatalogCommand.class, SummarizeCommand.class,
            OutcomesCommand.class, ExportCommand.class, ImportCtgovCommand.class, DiversityCommand.class,
            ImportBugSigDbCommand.class, SignaturesCommand.class})
public final class MsbiomeCommand implements Runnable {
    /** Exit code when every input is valid. */
    public static final int OK = 0;
    /** Exit code when an input has problems. */
    public static final int INVALID = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;
    /** Exit code of {@code summarize} when the inputs are valid but fewer than two studies can be pooled. */
    public static final int NOTHING_TO_POOL = 3;

    /** Held strongly: java.util.logging keeps only weak references to configured loggers. */
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate.validator");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Runs the tool with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
     * Used by {@link #main} and by tests.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MsbiomeCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // an argument is a value, never read as the name of a file of more arguments (picocli's @file)
                .setExpandAtFiles(false)
                .setExitCodeExceptionMapper(e -> USAGE)
                .setParameterExceptionHandler((e, a) -> {
                    // a message may quote an argument or a path as given: it is printed as text from input
                    TerminalText.println(e.getCommandLine().getErr(), "msbiome: " + e.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, e.getCommandLine().getErr());
                    e.getCommandLine().getErr().println(
                            "Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof InvalidDocumentException invalid) {
                        // "3 problems:", then a line for each
                        TerminalText.println(cmd.getErr(),
                                "msbiome: " + invalid.getMessage().lines().findFirst().orElse(""));
                        invalid.problems().forEach(p -> TerminalText.println(cmd.getErr(), "  " + p));
                    } else {
                        TerminalText.println(cmd.getErr(), "msbiome: " + e.getMessage());
                    }
                    return USAGE;
                });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Entry point of the runnable jar.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on the first validation; a command-line tool keeps quiet.
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        System.exit(execute(System.out, System.err, TerminalText.standardOutput(), args));
    }

    /**
     * Runs the tool writing to byte streams in {@code charset}, as {@link #main} does with standard output's
     * charset: what the charset cannot encode is written as ASCII ({@code I2}, {@code tau2}, {@code x}), and
     * numbers are ASCII whatever the charset.
     *
     * @param out standard output
     * @param err standard error
     * @param charset the charset of both
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(OutputStream out, OutputStream err, Charset charset, String... args) {
        return execute(TerminalText.writer(out, charset), TerminalText.writer(err, charset), args);
    }

    /** The version the build wrote into {@code version.properties}. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = MsbiomeCommand.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("version.properties cannot be read: " + e.getMessage(), e);
        }
        return properties.getProperty("version", "");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"msbiome " + version()};
        }
    }
}
