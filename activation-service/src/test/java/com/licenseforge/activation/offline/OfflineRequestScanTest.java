package com.licenseforge.activation.offline;

import com.licenseforge.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request file scanner's time grows with its input, not with its square: four times the lines take about
 * four times as long (a quadratic scanner takes sixteen). Compares growth, never absolute times.
 */
class OfflineRequestScanTest {

    private static final String BEGIN = "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\n";

    @Test
    void scanningAdversarialInputTakesLinearTime() {
        assertLinear("BEGIN lines without an END", n -> BEGIN.repeat(n));
        assertLinear("one block of lines without an END", n -> BEGIN + "Component-x: y\n".repeat(n));
        assertLinear("lines without breaks", n -> "-".repeat(40 * n));
    }

    private static void assertLinear(String shape, IntFunction<String> input) {
        String small = input.apply(5_000);
        String large = input.apply(20_000);
        double ratio = fastest(() -> scan(large)) / fastest(() -> scan(small));
        assertTrue(ratio < 9, shape + ": 4x the input took " + String.format("%.1f", ratio)
                + "x the time (linear ~4, quadratic ~16)");
    }

    private static void scan(String file) {
        assertThrows(ProblemException.class, () -> OfflineRequestFile.block(file));
    }

    /** The fastest of several runs after a warm-up: the least disturbed by other work on the machine. */
    private static double fastest(Runnable run) {
        for (int i = 0; i < 5; i++) {
            run.run();
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
