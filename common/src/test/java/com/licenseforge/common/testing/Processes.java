package com.licenseforge.common.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command of the local system to its end, with a timeout that fires: the output is read on a thread of
 * its own while this one waits, and a command still running when the time is up is killed with its children.
 */
public final class Processes {

    /** How long output may still arrive once the command ended. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private Processes() {
    }

    /** What the command printed (standard output and error); a failure or timeout throws with that output. */
    public static String run(Path directory, List<String> command, Map<String, String> environment,
                             Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run", e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "output of " + command.get(0));
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            reader.join(DRAIN.toMillis());
            String text = output.toString(StandardCharsets.UTF_8);
            if (!ended) {
                throw new IllegalStateException(command + " did not end within " + timeout + ":\n" + text);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (exit " + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream output) {
        try (in) {
            in.transferTo(output);
        } catch (IOException e) {
            // the stream closes under the reader when the command is killed; what was read is kept
        }
    }
}
