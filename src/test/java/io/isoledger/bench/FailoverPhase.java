package io.isoledger.bench;

import io.isoledger.testsupport.ServiceInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * Scale-out and failover: two instances of the packaged service sharing the decider's partitions;
 * one is killed with {@code kill -9}, and the phase measures how long the survivor takes to decide
 * commands for the killed one's partitions again, with {@code num.standby.replicas} 0 (the default:
 * the survivor restores the state of those partitions from the changelog) or 1 (it holds an up to
 * date standby copy of them). The killed instance's static members stay in the groups until their
 * session timeout (15 s) expires, so that is measured too. {@link FailoverWatch} tells when each
 * partition's first event after the kill is committed; the probes keep asking the survivor.
 */
final class FailoverPhase {

    static final String SECTION = "failover";
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final Duration STANDBY_CATCH_UP = Duration.ofSeconds(10);

    private final String kafka;
    private final Results results;

    FailoverPhase(String kafka, Results results) {
        this.kafka = kafka;
        this.results = results;
    }

    void run(int standbyReplicas) throws Exception {
        String name = "standby" + standbyReplicas;
        ServiceInstance a = instance("bench-failover-a" + standbyReplicas, standbyReplicas);
        ServiceInstance b = instance("bench-failover-b" + standbyReplicas, standbyReplicas);
        try (a;
                b;
                DeciderGroup group = new DeciderGroup(kafka)) {
            // Started together, as a deployment of two replicas is: neither holds any state yet.
            a.start();
            b.start();
            a.awaitReady(START);
            b.awaitReady(START);
            Set<Integer> ofB = awaitSharing(group, a, b);
            int partitions = group.partitionCount();
            ServiceProbe viaA = new ServiceProbe(a.baseUri());
            Map<Integer, String> probes = enrolOnePerPartition(viaA, partitions);
            if (standbyReplicas > 0) {
                awaitStandbys(a, ofB);
            }
            try (FailoverWatch watch = new FailoverWatch(kafka, group, b.instanceId(), probes, ofB)) {
                long pid = b.pid();
                new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
                long killedAt = System.nanoTime();
                b.kill(); // reaps the process
                ExecutorService clients = Executors.newFixedThreadPool(ofB.size());
                try {
                    List<Future<Double>> answered = new ArrayList<>();
                    for (int partition : ofB) {
                        answered.add(clients.submit(() ->
                                FailoverProbe.untilDecided(viaA, probes.get(partition), weight(), killedAt, LIMIT)));
                    }
                    FailoverWatch.Seen seen = watch.await(killedAt, LIMIT);
                    double lastAnswer = 0;
                    for (Future<Double> answer : answered) {
                        lastAnswer = Math.max(lastAnswer, answer.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
                    }
                    record(name, ofB, partitions, seen, lastAnswer);
                } finally {
                    clients.shutdownNow();
                }
            }
        }
    }

    private void record(String name, Set<Integer> ofB, int partitions, FailoverWatch.Seen seen, double lastAnswer) {
        results.figure(SECTION, name + "PartitionsOfKilled", ofB.size(), "of " + partitions + " partitions");
        results.figure(SECTION, name + "MemberGoneSeconds", seen.memberGoneSeconds(), "s");
        results.figure(SECTION, name + "FirstPartitionDecidingSeconds", seen.firstSeconds(), "s");
        results.figure(SECTION, name + "AllPartitionsDecidingSeconds", seen.allSeconds(), "s");
        results.figure(SECTION, name + "AllPartitionsAnsweredSeconds", lastAnswer, "s");
        results.note(
                SECTION,
                "measures",
                "seconds from kill -9 of instance B until: its static decider member left the group (session"
                        + " timeout); the survivor A committed the first event for a probe patient of B's"
                        + " partitions, and for every one of them (Deciding); A answered 2xx for every probe"
                        + " (Answered: 201, or 202 when the projection lagged)");
        System.out.printf(
                "[bench] failover, %s: B held %s; member gone %.1f s, deciding again %.1f s (first) / %.1f s (all),"
                        + " answered %.1f s%n",
                name, ofB, seen.memberGoneSeconds(), seen.firstSeconds(), seen.allSeconds(), lastAnswer);
        results.write();
    }

    private static ServiceInstance instance(String id, int standbyReplicas) throws IOException {
        Files.deleteIfExists(java.nio.file.Path.of("target", "service-instances", id + "-1.log"));
        // With a large state, Kafka Streams gives a joining instance its active tasks only once it
        // has warmed copies of them up (lag under acceptable.recovery.lag), at a probing rebalance:
        // every 10 minutes and two warm-up tasks at a time by default. The pair here probes every
        // minute (the least Kafka Streams allows) and warms every task at once, so that both decide
        // within the phase (README, "Scale-out and failover").
        return ServiceInstance.sharingTheTestEnvironment(id)
                .with("kafka-streams.num.standby.replicas", Integer.toString(standbyReplicas))
                .with("kafka-streams.probing.rebalance.interval.ms", "60000")
                .with("kafka-streams.max.warmup.replicas", "12");
    }

    private static Set<Integer> awaitSharing(DeciderGroup group, ServiceInstance a, ServiceInstance b) {
        return Awaitility.await("A and B both deciding partitions")
                .atMost(START)
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            Set<Integer> ofA = group.partitionsOf(a.instanceId());
                            Set<Integer> ofB = group.partitionsOf(b.instanceId());
                            return ofA == null || ofA.isEmpty() ? null : ofB;
                        },
                        ofB -> ofB != null && !ofB.isEmpty());
    }

    /**
     * With standbys, A keeps a copy of each of B's tasks, in its state directory. Once they exist,
     * a few seconds more let them catch up on the changelog (tens of thousands of records a second);
     * a copy still behind at the kill only makes the figure with standbys larger, never smaller.
     */
    private static void awaitStandbys(ServiceInstance a, Set<Integer> ofB) {
        Awaitility.await("A's standby tasks of B's partitions")
                .atMost(START)
                .pollDelay(STANDBY_CATCH_UP)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> ofB.stream()
                        .allMatch(p -> Files.isDirectory(
                                a.stateDir().resolve("isoledger-decider").resolve("0_" + p))));
    }

    private static Map<Integer, String> enrolOnePerPartition(ServiceProbe viaA, int partitions) throws Exception {
        Map<Integer, String> probes = new TreeMap<>();
        while (probes.size() < partitions) {
            String patientId = "FO-" + UUID.randomUUID().toString().substring(0, 12);
            int partition = DeciderGroup.partitionOf(patientId, partitions);
            if (!probes.containsKey(partition)) {
                String enrolment = "{\"patientId\":\"" + patientId + "\",\"sex\":\"MALE\",\"birthDate\":\"1990-01-01\","
                        + "\"weightKg\":70,\"canBecomePregnant\":false}";
                int status = viaA.post("/api/v1/patients", "prescriber", enrolment, Duration.ofSeconds(30))
                        .statusCode();
                if (status != 201 && status != 202) {
                    throw new IllegalStateException("Enrolling a probe patient through A answered " + status);
                }
                probes.put(partition, patientId);
            }
        }
        return probes;
    }

    private static String weight() {
        return "{\"weightKg\":71,\"measuredOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\"}";
    }
}
