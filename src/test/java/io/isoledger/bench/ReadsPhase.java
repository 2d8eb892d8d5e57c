package io.isoledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads at scale, after the replay has projected the seeded patients (100,000 in a full run): Gatling
 * ({@code io.isoledger.bench.load.ReadMix}), open model, first sends patient summaries of random seeded
 * patients at {@value #SUMMARY_RATE} a second, then the clinician's worklist (its first page and a
 * later one) and the side-effect report (the open range and the last 30 days) at {@value #LIST_RATE}
 * a second each, each for {@code bench.duration} seconds, after a warm-up of each kind that is not
 * measured: requests one after the other, then the same mix for {@code bench.warmup} seconds. Per kind of request: p50, p95, p99, p99.9,
 * max, errors and requests a second answered, next to its p99 target (issue 12: 5 ms for a summary
 * at 1,000 a second, 20 ms for the worklist and the report at 100,000 patients).
 */
final class ReadsPhase {

    static final String SECTION = "reads";
    static final int SUMMARY_RATE = 1_000;
    static final int LIST_RATE = 100;
    private static final int WORKLIST_PAGE = 50;
    private static final int LATER_PAGE = 20;
    private static final int WARM_UP_REQUESTS = 2_000;
    private static final double SUMMARY_P99_TARGET = 5;
    private static final double LIST_P99_TARGET = 20;

    private final ServiceProbe probe;
    private final URI service;
    private final Results results;

    ReadsPhase(ServiceProbe probe, URI service, Results results) {
        this.probe = probe;
        this.service = service;
        this.results = results;
    }

    void run(BenchSettings settings) throws IOException, InterruptedException {
        String summaries = SECTION + ".summaries" + SUMMARY_RATE + "PerSecond";
        results.figure(summaries, "seededPatients", settings.patients(), "patients");
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            warmUp("/api/v1/patients/" + SeededCourse.patientId(1 + i % settings.patients()));
        }
        GatlingStats stats = measured(
                "readsSummaries",
                settings,
                List.of(
                        "-Dbench.reads=summaries",
                        "-Dbench.rate=" + SUMMARY_RATE,
                        "-Dbench.patients=" + settings.patients()));
        record(summaries, stats, Map.of("summary", "summary"), SUMMARY_P99_TARGET, settings.durationSeconds());

        String lists = SECTION + ".worklistAndAnalytics" + LIST_RATE + "PerSecondEach";
        int onWorklist = worklistPatients();
        int laterPage = Math.max(0, Math.min(LATER_PAGE, onWorklist / WORKLIST_PAGE - 1));
        results.figure(lists, "worklistPatients", onWorklist, "patients");
        results.figure(lists, "worklistLaterPage", laterPage, "page of 50");
        for (int i = 0; i < WARM_UP_REQUESTS / 4; i++) {
            warmUp("/api/v1/patients?attention=true&size=50&page=" + i % (laterPage + 1));
            warmUp("/api/v1/analytics/side-effects" + (i % 2 == 0 ? "" : "?from=2026-01-01&to=2026-01-31"));
        }
        stats = measured(
                "readsWorklistAndAnalytics",
                settings,
                List.of("-Dbench.reads=lists", "-Dbench.rate=" + LIST_RATE, "-Dbench.worklist.page=" + laterPage));
        record(
                lists,
                stats,
                Map.of(
                        "worklistFirstPage", "worklist first page",
                        "worklistLaterPage", "worklist later page",
                        "analyticsOpenRange", "analytics open range",
                        "analyticsMonth", "analytics month"),
                LIST_P99_TARGET,
                settings.durationSeconds());
    }

    /**
     * Per kind (figure prefix to Gatling request name): its percentiles beside the p99 target, and the
     * requests a second answered over the measured {@code seconds} (Gatling's own mean counts the
     * warm-up's time too).
     */
    private void record(String section, GatlingStats stats, Map<String, String> kinds, double p99Target, int seconds) {
        results.note(
                section,
                "report",
                Results.DIR.toAbsolutePath().relativize(stats.report().toAbsolutePath()) + "/index.html");
        kinds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            String figure = kind.getKey();
            String request = kind.getValue();
            results.figure(section, figure + "PerSecond", stats.successes(request) / seconds, "req/s");
            results.figure(section, figure + "Errors", stats.errors(request), "requests");
            results.figure(section, figure + "P50", stats.ok(request, "percentiles1"), "ms");
            results.figure(section, figure + "P95", stats.ok(request, "percentiles2"), "ms");
            results.figure(section, figure + "P99", stats.ok(request, "percentiles3"), "ms");
            results.figure(section, figure + "P99Target", p99Target, "ms");
            results.figure(section, figure + "P999", stats.ok(request, "percentiles4"), "ms");
            results.figure(section, figure + "Max", stats.ok(request, "maxResponseTime"), "ms");
            double p99 = stats.ok(request, "percentiles3");
            results.note(
                    section,
                    figure + "P99TargetMet",
                    Double.isNaN(p99) ? "not measured" : p99 <= p99Target ? "yes" : "no");
        });
        results.write();
    }

    /**
     * The read mix for {@code bench.duration} seconds, after the same mix for {@code bench.warmup}
     * seconds in the same Gatling run under other request names, not reported (as the load phases'
     * warm-up): the first seconds at the full rate otherwise measure Gatling's and the service's
     * start (connections opened, code compiled), not the reads.
     */
    private GatlingStats measured(String phase, BenchSettings settings, List<String> properties) {
        List<String> withWarmUp = new ArrayList<>(properties);
        withWarmUp.add("-Dbench.warmup=" + settings.warmupSeconds());
        return GatlingPhase.reads(phase, service, settings.durationSeconds(), withWarmUp);
    }

    /** One request, one after the other, so the first measured ones do not pay for compiling its path. */
    private void warmUp(String path) throws IOException, InterruptedException {
        int status = probe.get(path, "prescriber", Duration.ofSeconds(30)).statusCode();
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    /** How many patients the worklist holds now, page after page of 500. */
    private int worklistPatients() throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        for (int page = 0; ; page++) {
            var answer = probe.get(
                    "/api/v1/patients?attention=true&size=500&page=" + page, "prescriber", Duration.ofSeconds(30));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("The worklist answered " + answer.statusCode());
            }
            int entries = json.readTree(answer.body()).size();
            total += entries;
            if (entries < 500) {
                return total;
            }
        }
    }
}
