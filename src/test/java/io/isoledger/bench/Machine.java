package io.isoledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the figures came from: the machine, the JVM and the commit, for {@code results.json}. */
final class Machine {

    private Machine() {}

    static void describe(Results results) {
        String section = "machine";
        results.note(section, "cpu", cpuModel());
        results.figure(section, "cores", Runtime.getRuntime().availableProcessors(), "cores");
        results.figure(section, "memory", memTotalKb() / 1024.0 / 1024.0, "GiB");
        results.note(section, "os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.note(
                section, "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        results.note(section, "gitCommit", gitCommit());
        results.note(section, "startedAt", java.time.Instant.now().toString());
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("unknown");
    }

    private static double memTotalKb() {
        return lines("/proc/meminfo").stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(Double.NaN);
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            String dirty = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                                    .start()
                                    .getInputStream()
                                    .readAllBytes()
                                    .length
                            > 0
                    ? " (with uncommitted changes)"
                    : "";
            return git.waitFor() == 0 ? out + dirty : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
