package org.msbiome.examples.cli;

import java.util.concurrent.Callable;
import org.msbiome.examples.tour.Tour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code msbiome tour}: prints the guided tour of the vocabulary. */
@Command(name = "tour", description = "Print a guided tour of the msbiome vocabulary.", mixinStandardHelpOptions = true)
final class TourCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Tour.run(spec.commandLine().getOut());
        return MsbiomeCommand.OK;
    }
}
