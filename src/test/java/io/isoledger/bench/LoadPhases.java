package io.isoledger.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The service under the course mix: a warm-up, the closed loop, then each fixed command rate.
 * Per phase: commands/s (answered as the rules require: 2xx, or 422 for the refused prescription),
 * the latency percentiles of 2xx writes, of refusals and of summary reads, the errors of each, and
 * the service's largest resident set size while it ran.
 */
final class LoadPhases {

    private final URI service;
    private final long servicePid;
    private final Results results;
    private final List<String> phases = new ArrayList<>();

    LoadPhases(URI service, long servicePid, Results results) {
        this.service = service;
        this.servicePid = servicePid;
        this.results = results;
    }

    /** The names of the phases run, in order, each a section of the results and a report directory. */
    List<String> phases() {
        return phases;
    }

    void run(BenchSettings settings) {
        if (settings.warmupSeconds() > 0) {
            // JIT compilation and connection pools: not reported, but its report is kept.
            GatlingPhase.closed("warmup", service, settings.users(), settings.warmupSeconds());
        }
        String closed = "closed" + settings.users() + "Users";
        results.figure("load." + closed, "concurrentUsers", settings.users(), "users");
        results.figure("load." + closed, "duration", settings.durationSeconds(), "s");
        measure(closed, () -> GatlingPhase.closed(closed, service, settings.users(), settings.durationSeconds()));
        for (int rate : settings.rates()) {
            String open = "open" + rate + "PerSecond";
            results.figure("load." + open, "offeredCommandsPerSecond", rate, "commands/s");
            results.figure("load." + open, "duration", settings.durationSeconds(), "s");
            measure(open, () -> GatlingPhase.open(open, service, rate, settings.durationSeconds()));
        }
    }

    private void measure(String phase, java.util.function.Supplier<GatlingStats> load) {
        String section = "load." + phase;
        GatlingStats stats;
        try (ResidentSetSampler rss = ResidentSetSampler.start(servicePid)) {
            stats = load.get();
            results.figure(section, "serviceMaxResidentSetSize", rss.maxMiB(), "MiB");
        }
        phases.add(phase);
        results.note(
                section,
                "report",
                Results.DIR.toAbsolutePath().relativize(stats.report().toAbsolutePath()) + "/index.html");
        double commands = stats.ok(GatlingStats.WRITE, "meanNumberOfRequestsPerSecond")
                + stats.ok(GatlingStats.REFUSED, "meanNumberOfRequestsPerSecond");
        results.figure(section, "commandsPerSecond", commands, "commands/s");
        latencies(section, "write", stats, GatlingStats.WRITE);
        latencies(section, "refusal", stats, GatlingStats.REFUSED);
        latencies(section, "read", stats, GatlingStats.READ);
        results.figure(
                section, "readsPerSecond", stats.ok(GatlingStats.READ, "meanNumberOfRequestsPerSecond"), "reads/s");
        results.write();
    }

    private void latencies(String section, String kind, GatlingStats stats, String request) {
        results.figure(section, kind + "s", stats.successes(request), "requests");
        results.figure(section, kind + "Errors", stats.errors(request), "requests");
        results.figure(section, kind + "P50", stats.ok(request, "percentiles1"), "ms");
        results.figure(section, kind + "P95", stats.ok(request, "percentiles2"), "ms");
        results.figure(section, kind + "P99", stats.ok(request, "percentiles3"), "ms");
        results.figure(section, kind + "P999", stats.ok(request, "percentiles4"), "ms");
        results.figure(section, kind + "Max", stats.ok(request, "maxResponseTime"), "ms");
    }
}
