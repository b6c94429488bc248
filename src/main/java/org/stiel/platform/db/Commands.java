package org.stiel.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the short PostgreSQL tools ({@code initdb}, {@code pg_ctl}, single-user {@code postgres}) to completion. */
final class Commands {

    private Commands() {}

    /** Runs the command and returns its exit code; its output goes to {@code output} when it fails. */
    static Result run(List<String> command, String input, Map<String, String> environment) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    static Result run(List<String> command) {
        return run(command, null, Map.of());
    }

    /** Runs the command and fails with its output unless it exits 0. */
    static String check(List<String> command, String input) {
        Result result = run(command, input, Map.of());
        if (result.exitCode() != 0) {
            throw new IllegalStateException(
                    "%s failed (exit %d): %s".formatted(command, result.exitCode(), result.output()));
        }
        return result.output();
    }

    record Result(int exitCode, String output) {}
}
