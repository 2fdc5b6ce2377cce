package org.msbiome.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine;

/**
 * Output paths of the commands, checked before anything is read or printed, so that a path that cannot be
 * written is a usage error at once, not after the work is done.
 */
final class OutputPaths {
    private OutputPaths() {}

    /**
     * Checks an output file by opening it for writing (a new file is removed again), and says why it cannot be
     * written.
     *
     * @throws CommandLine.ParameterException if its directory does not exist, it is a directory, or it cannot
     *     be written
     */
    static Path file(CommandLine cli, Path file, String option) {
        Path parent = file.toAbsolutePath().getParent();
        String why = null;
        if (parent != null && !Files.isDirectory(parent)) {
            why = "no such directory: '" + parent + "'";
        } else if (Files.isDirectory(file)) {
            why = "'" + file + "' is a directory";
        } else {
            boolean existed = Files.exists(file);
            try {
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND).close();
                if (!existed) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                why = "cannot write '" + file + "': " + reason(e);
            }
        }
        if (why != null) {
            throw new CommandLine.ParameterException(cli, option + ": " + why);
        }
        return file;
    }

    /**
     * Checks an output directory without creating it: an existing one must be a writable directory, a new one
     * must be creatable in the nearest existing directory above it.
     *
     * @throws CommandLine.ParameterException if the path is a file, or it or the directory above it cannot be
     *     written
     */
    static Path directory(CommandLine cli, Path directory, String option) {
        Path absolute = directory.toAbsolutePath();
        String why = null;
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                why = "'" + directory + "' is a file; expected a directory, or a file name ending in .ndjson";
            } else if (!Files.isWritable(absolute)) {
                why = "cannot write in '" + directory + "': permission denied";
            }
        } else {
            Path existing = absolute.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isDirectory(existing)) {
                why = "cannot create '" + directory + "': '" + existing + "' is not a directory";
            } else if (!Files.isWritable(existing)) {
                why = "cannot create '" + directory + "': permission denied in '" + existing + "'";
            }
        }
        if (why != null) {
            throw new CommandLine.ParameterException(cli, option + ": " + why);
        }
        return directory;
    }

    /** Why an I/O operation failed, in words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no file can be created there";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
