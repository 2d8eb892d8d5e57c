package io.isoledger.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The benchmark's reads at scale, after the replay has projected {@code bench.patients} seeded
 * patients ({@code S-0000001} ...): open model only, each kind of request arriving at
 * {@code bench.rate} a second for {@code bench.duration} seconds however slowly the service answers.
 *
 * <p>{@code bench.reads=summaries}: {@value #SUMMARY}, a random seeded patient's summary.
 * {@code bench.reads=lists}: {@value #WORKLIST_FIRST} and {@value #WORKLIST_LATER} (page
 * {@code bench.worklist.page} of 50) of the clinician's worklist, {@value #ANALYTICS_OPEN} and
 * {@value #ANALYTICS_MONTH} (the last 30 days) of the side-effect report, each at that rate. Each
 * after the same for {@code bench.warmup} seconds under its name with {@value #WARM_UP}, not reported.
 */
public class ReadMix extends Simulation {

    static final String SUMMARY = "summary";
    static final String WORKLIST_FIRST = "worklist first page";
    static final String WORKLIST_LATER = "worklist later page";
    static final String ANALYTICS_OPEN = "analytics open range";
    static final String ANALYTICS_MONTH = "analytics month";
    static final String WARM_UP = " (warm-up)";

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.base-url"))
            .authorizationHeader("Bearer " + System.getProperty("bench.token"))
            .acceptHeader("application/json")
            .shareConnections();

    {
        Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 60));
        double rate = Double.parseDouble(System.getProperty("bench.rate"));
        List<PopulationBuilder> populations;
        if ("summaries".equals(System.getProperty("bench.reads"))) {
            int patients = Integer.getInteger("bench.patients");
            Iterator<Map<String, Object>> seeded = Stream.generate(() -> Collections.<String, Object>singletonMap(
                            "patientId", String.format("S-%07d", ThreadLocalRandom.current().nextInt(1, patients + 1))))
                    .iterator();
            populations = List.of(warmedUp(
                    name -> scenario(name).feed(seeded).exec(read(name, "/api/v1/patients/#{patientId}")),
                    SUMMARY,
                    rate,
                    duration));
        } else {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            int later = Integer.getInteger("bench.worklist.page", 20);
            populations = Stream.of(
                            List.of(WORKLIST_FIRST, "/api/v1/patients?attention=true&page=0&size=50"),
                            List.of(WORKLIST_LATER, "/api/v1/patients?attention=true&page=" + later + "&size=50"),
                            List.of(ANALYTICS_OPEN, "/api/v1/analytics/side-effects"),
                            List.of(
                                    ANALYTICS_MONTH,
                                    "/api/v1/analytics/side-effects?from=" + today.minusDays(30) + "&to=" + today))
                    .map(kind -> warmedUp(
                            name -> scenario(name).exec(read(name, kind.get(1))), kind.get(0), rate, duration))
                    .toList();
        }
        setUp(populations).protocols(protocol);
    }

    /**
     * The scenario at the rate for the duration, after the same for {@code bench.warmup} seconds under
     * the name with {@value #WARM_UP} appended, which the benchmark does not report.
     */
    private static PopulationBuilder warmedUp(
            Function<String, ScenarioBuilder> scenario, String name, double rate, Duration duration) {
        PopulationBuilder measured = scenario.apply(name).injectOpen(constantUsersPerSec(rate).during(duration));
        long warmUpSeconds = Long.getLong("bench.warmup", 0);
        if (warmUpSeconds == 0) {
            return measured;
        }
        return scenario.apply(name + WARM_UP)
                .injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(warmUpSeconds)))
                .andThen(measured);
    }

    private static HttpRequestActionBuilder read(String name, String path) {
        return http(name).get(path).check(status().is(200));
    }

}
