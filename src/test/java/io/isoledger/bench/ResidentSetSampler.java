package io.isoledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The largest resident set size ({@code VmRSS} of {@code /proc/<pid>/status}) of a process, sampled every second. */
final class ResidentSetSampler implements AutoCloseable {

    private final Path status;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long maxKb = -1;

    private ResidentSetSampler(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    static ResidentSetSampler start(long pid) {
        ResidentSetSampler sampler = new ResidentSetSampler(pid);
        sampler.timer.scheduleAtFixedRate(sampler::sample, 0, 1, TimeUnit.SECONDS);
        return sampler;
    }

    /** The current resident set size of {@code pid} in MiB, NaN if it cannot be read. */
    static double currentMiB(long pid) {
        long kb = new ResidentSetSampler(pid).readKb();
        return kb < 0 ? Double.NaN : kb / 1024.0;
    }

    double maxMiB() {
        sample();
        return maxKb < 0 ? Double.NaN : maxKb / 1024.0;
    }

    private void sample() {
        maxKb = Math.max(maxKb, readKb());
    }

    private long readKb() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process is gone: nothing to sample.
        }
        return -1;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
