package org.msbiome.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One million NDJSON lines are read in a JVM limited to 64 MB of heap, sequentially and in parallel. */
class NdjsonMemoryTest {

    @Test
    void readsAMillionLinesWithSixtyFourMegabytesOfHeapOnTheClassPath() throws Exception {
        String output = SmallHeapJvm.run(NdjsonMillionLines.class, "1000000");
        assertThat(output).contains("summary: 1000000 lines: 999996 good, 4 bad");
        assertThat(output).contains("first bad line: 250000 [/strain/deposits/0/extra: [unknown-property]");
        // The JVM runs everything on the class path: findAndAddModules() finds the module through
        // META-INF/services there.
        assertThat(output).containsPattern("class-path modules: \\[.*msbiome.*\\]");
    }

    @Test
    void readsAMillionLinesInParallelWithSixtyFourMegabytesOfHeap() throws Exception {
        // Four worker threads whatever the machine: the pipeline's bound, not the core count, keeps memory flat.
        String output = SmallHeapJvm.run(NdjsonMillionLines.class, "1000000", "4");
        assertThat(output).contains("summary: 1000000 lines: 999996 good, 4 bad");
        assertThat(output).contains("first bad line: 250000 [/strain/deposits/0/extra: [unknown-property]");
    }
}
