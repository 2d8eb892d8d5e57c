package io.isoledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ServiceInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The benchmark: {@code ./mvnw -Pbench verify} (README "Benchmark"). Starts a Kafka broker and
 * PostgreSQL as the tests do ({@link IsoLedgerTestEnvironment}) and the packaged service in prod mode
 * ({@link ServiceInstance}), each in a process of its own on 127.0.0.1, then runs the phases in order:
 * load ({@link LoadPhases}), the raw Kafka baselines ({@link KafkaBaseline}), the replay
 * ({@link ReplayPhase}), the decider's start-up ({@link DeciderStartup}) and the ratios
 * ({@link Ratios}); writes {@code target/bench/results.json} and {@code target/bench/report.html}.
 * A phase that fails is recorded as such and the others still run; the exit code is then 1.
 */
public final class Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Results results = new Results();
    private boolean failed;

    public static void main(String[] args) {
        Benchmark benchmark = new Benchmark();
        benchmark.run();
        System.exit(benchmark.failed ? 1 : 0);
    }

    private void run() {
        Machine.describe(results);
        forgetEarlierLogs();
        results.root().set("settings", new ObjectMapper().valueToTree(settings));
        new IsoLedgerTestEnvironment().start();
        String kafka = IsoLedgerTestEnvironment.bootstrapServers();
        ServiceInstance service = ServiceInstance.sharingTheTestEnvironment("bench-1")
                .withJvmOptions(settings.serviceJvmOptions("bench-1"))
                .start()
                .awaitReady(START_TIMEOUT);
        results.note("service", "log", service.log().toString());
        if (settings.runs("load")) {
            LoadPhases load = new LoadPhases(service.baseUri(), service.pid(), results);
            phase("load", () -> load.run(settings));
        }
        if (settings.runs(KafkaBaseline.SECTION)) {
            phase(KafkaBaseline.SECTION, () -> new KafkaBaseline(kafka, results)
                    .run(
                            CommandRecordSize.measure(kafka),
                            settings.baselineRecords(),
                            Math.min(60, settings.durationSeconds())));
        }
        ServiceProbe probe = new ServiceProbe(service.baseUri());
        if (settings.runs(ReplayPhase.SECTION)) {
            phase(ReplayPhase.SECTION, () -> new ReplayPhase(probe, results)
                    .run(kafka, settings.patients(), service.pid()));
        }
        if (settings.runs(ReadsPhase.SECTION)) {
            phase(ReadsPhase.SECTION, () -> new ReadsPhase(probe, service.baseUri(), results).run(settings));
        }
        if (settings.runs(DeciderStartup.SECTION)) {
            DeciderStartup startup = new DeciderStartup(results);
            phase(DeciderStartup.SECTION, () -> startup.rebuildFromEvents(probe));
            service.stop();
            try (ServiceInstance fresh = ServiceInstance.sharingTheTestEnvironment("bench-fresh")
                    .withJvmOptions(settings.serviceJvmOptions("bench-fresh"))) {
                phase(DeciderStartup.SECTION, () -> startup.restoreFromChangelog(fresh, settings.patients()));
            }
        }
        service.stop();
        if (settings.runs("load") && settings.runs(KafkaBaseline.SECTION)) {
            phase(Ratios.SECTION, () -> Ratios.compute(results, "closed" + settings.users() + "Users"));
        }
        if (settings.runs(FailoverPhase.SECTION)) {
            FailoverPhase failover = new FailoverPhase(kafka, results);
            phase(FailoverPhase.SECTION, () -> failover.run(0));
            phase(FailoverPhase.SECTION, () -> failover.run(1));
        }
        results.write();
        ReportIndex.write(results);
        System.out.println(
                "[bench] wrote " + Results.FILE.toAbsolutePath() + " and " + ReportIndex.FILE.toAbsolutePath());
    }

    /** ServiceInstance appends to its instance's log: a new run starts with none of an earlier run's. */
    private static void forgetEarlierLogs() {
        for (String log : new String[] {"bench-1-1.log", "bench-fresh-1.log"}) {
            try {
                Files.deleteIfExists(Path.of("target", "service-instances", log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Runs one phase; a failure is recorded in the results and printed, and the run goes on. */
    private void phase(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            failed = true;
            results.note(name, "failed", e.toString());
            e.printStackTrace();
            results.write();
        }
    }

    private interface Step {
        void run() throws Exception;
    }
}
