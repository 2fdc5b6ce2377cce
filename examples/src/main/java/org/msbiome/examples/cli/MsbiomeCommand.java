package org.msbiome.examples.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code msbiome} command-line tool: {@code java -jar msbiome-examples.jar <command>}.
 *
 * <p>Exit codes: 0 success (all inputs valid), 1 when an input has problems, 2 on usage errors. Bad
 * input and bad arguments are reported as messages for people, never as stack traces.
 */
@Command(
        name = "msbiome",
        mixinStandardHelpOptions = true,
        versionProvider = MsbiomeCommand.Version.class,
        description = "Work with msbiome vocabulary documents.",
        subcommands = {TourCommand.class, ValidateCommand.class, CatalogCommand.class, SummarizeCommand.class,
            ImportCtgovCommand.class, DiversityCommand.class})
public final class MsbiomeCommand implements Runnable {
    /** Exit code when every input is valid. */
    public static final int OK = 0;
    /** Exit code when an input has problems. */
    public static final int INVALID = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

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
                .setExitCodeExceptionMapper(e -> USAGE)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("msbiome: " + e.getMessage());
                    e.getCommandLine().getErr().println(
                            "Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("msbiome: " + e.getMessage());
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
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MsbiomeCommand.class.getPackage().getImplementationVersion();
            return new String[] {"msbiome " + (version == null ? "(development build)" : version)};
        }
    }
}
