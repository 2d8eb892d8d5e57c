package io.isoledger.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The benchmark's load: {@link CourseRequests#course()} for as long as {@code bench.duration}
 * seconds, run by the benchmark in a JVM of its own against {@code bench.base-url} with the bearer
 * token {@code bench.token}.
 *
 * <p>{@code bench.model=closed}: {@code bench.users} concurrent users, each starting a new course as
 * soon as the last ends. {@code bench.model=open}: courses arrive at a fixed rate, so that
 * {@code bench.rate} commands a second are sent however slowly the service answers (no coordinated
 * omission: a slow answer delays no later arrival).
 */
public class CourseMix extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("bench.base-url"))
            .authorizationHeader("Bearer " + System.getProperty("bench.token"))
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .shareConnections();

    {
        ScenarioBuilder courses = scenario("course").exec(CourseRequests.course());
        Duration duration = Duration.ofSeconds(Long.getLong("bench.duration", 60));
        PopulationBuilder population;
        if ("open".equals(System.getProperty("bench.model"))) {
            double coursesPerSecond = Double.parseDouble(System.getProperty("bench.rate"))
                    / CourseRequests.COMMANDS_PER_COURSE;
            population = courses.injectOpen(constantUsersPerSec(coursesPerSecond).during(duration));
        } else {
            int users = Integer.getInteger("bench.users", 100);
            population = courses.injectClosed(constantConcurrentUsers(users).during(duration));
        }
        setUp(population).protocols(protocol);
    }
}
