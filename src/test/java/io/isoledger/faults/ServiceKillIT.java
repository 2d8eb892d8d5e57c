package io.isoledger.faults;

import static io.isoledger.faults.Api.get;
import static io.isoledger.faults.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.faults.Api.Answer;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ServiceInstance;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An instance of the service is killed (SIGKILL) while it takes writes. Whatever either instance
 * acknowledged (2xx) stays: readable from the surviving instance, and on the events topic exactly
 * once. The surviving instance takes over the dead one's partitions (static membership: after the
 * session timeout, 15 s); an instance started again with the same id resumes its patients' streams
 * with no gap and no duplicate. Writes in flight at the kill have an unknown outcome and are only
 * checked for duplicates.
 */
@QuarkusIntegrationTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ServiceKillIT {

    private static final Duration START_BOUND = Duration.ofSeconds(120);
    /** The session timeout (15 s), the rebalance, the store's restore and a reply timeout, with a margin. */
    private static final Duration TAKEOVER_BOUND = Duration.ofSeconds(60);

    private static final Duration LOAD_BOUND = Duration.ofSeconds(60);
    private static final String ENROLLED = "isoledger.PatientEnrolled.v2";
    private static final String REPORTED = "isoledger.SideEffectReported.v1";

    private static final List<ServiceInstance> STARTED = new CopyOnWriteArrayList<>();

    private record Write(String patientId, Answer answer, boolean afterKill) {}

    @AfterAll
    static void stopInstances() {
        STARTED.forEach(ServiceInstance::stop);
        STARTED.forEach(instance -> ConsumerGroups.forget(instance.instanceId()));
        STARTED.clear();
    }

    /** Stops B and takes its static members out of the groups, so no later test waits for them. */
    private static void stopAndForget(ServiceInstance b) {
        b.stop();
        ConsumerGroups.forget(b.instanceId());
        STARTED.remove(b);
    }

    @Test
    void killedMidLoad_everyAcknowledgedWriteIsReadableFromTheSurvivor_whichTakesOverItsPartitions() throws Exception {
        ServiceInstance b = startInstanceB("kill-b");
        try {
            killMidLoad(b);
        } finally {
            stopAndForget(b);
        }
    }

    @Test
    void killedAndStartedAgainWithTheSameId_resumesEveryStreamWithoutGapOrDuplicate() throws Exception {
        ServiceInstance b = startInstanceB("restart-b");
        try {
            killAndStartAgain(b);
        } finally {
            stopAndForget(b);
        }
    }

    private void killMidLoad(ServiceInstance b) throws Exception {
        URI a = TwoInstances.instanceA();
        URI bUri = b.baseUri();
        Set<Integer> partitionsOfB = TwoInstances.awaitSharing(a, b, START_BOUND);
        int partitions = EventTopic.partitionCount();

        Queue<Write> writes = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long takeoverMillis;
        try {
            for (int i = 0; i < 3; i++) {
                clients.submit(() -> {
                    while (running.get() && !killed.get()) {
                        writes.add(enrol(bUri, killed));
                    }
                });
            }
            clients.submit(() -> {
                while (running.get()) {
                    writes.add(enrol(a, killed));
                }
            });
            await("writes acknowledged by B, some decided by B")
                    .atMost(LOAD_BOUND)
                    .until(() -> acknowledgedBy(writes, bUri) >= 40
                            && acknowledgedBy(writes, bUri, partitionsOfB, partitions) >= 10);

            // Flagged first: an answer that comes after this may be the kill's doing.
            killed.set(true);
            b.kill();
            long killedAt = System.nanoTime();

            // A takes over B's decider partitions: a write for a patient on each of them succeeds
            // through A. Retried with the same Idempotency-Key, so a retry never enrols twice.
            List<String> probes = partitionsOfB.stream()
                    .map(p -> patientOnPartition(p, partitions))
                    .toList();
            ExecutorService probing = Executors.newFixedThreadPool(probes.size());
            try {
                List<java.util.concurrent.Future<Answer>> probed = new ArrayList<>();
                for (String probe : probes) {
                    probed.add(probing.submit(() -> enrolUntilAcknowledged(a, probe, writes)));
                }
                for (var future : probed) {
                    assertThat(future.get(TAKEOVER_BOUND.toSeconds() + 30, TimeUnit.SECONDS)
                                    .acknowledged())
                            .isTrue();
                }
            } finally {
                probing.shutdownNow();
            }
            takeoverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            await("A holding every decider partition").atMost(TAKEOVER_BOUND).untilAsserted(() -> {
                ConsumerGroups.Membership decider = ConsumerGroups.describe(ConsumerGroups.DECIDER);
                assertThat(decider.has(b.instanceId(), "decider"))
                        .as("decider group %s", decider)
                        .isFalse();
                assertThat(decider.ofOthersThan(b.instanceId(), "decider"))
                        .as("decider group %s", decider)
                        .containsExactlyInAnyOrderElementsOf(
                                IntStream.range(0, partitions).boxed().toList());
            });
            running.set(false);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Write> all = List.copyOf(writes);
        System.out.printf(
                "ServiceKillIT kill: B held decider partitions %s; outcomes %s%n", partitionsOfB, outcomes(all));
        assertThat(all)
                .as("answers other than 201, 202, 503 or none")
                .allSatisfy(w ->
                        assertThat(w.answer().status()).as("%s", w.answer()).isIn(201, 202, 503, Api.NO_ANSWER));
        assertThat(all)
                .filteredOn(w -> w.answer().instance().equals(bUri) && !w.afterKill())
                .as("B's answers before the kill")
                .allSatisfy(w ->
                        assertThat(w.answer().status()).as("%s", w.answer()).isIn(201, 202));
        Set<String> acknowledged = all.stream()
                .filter(w -> w.answer().acknowledged())
                .map(Write::patientId)
                .collect(Collectors.toSet());

        // Readable from A within a bounded time, every one of them.
        Set<String> unread = ConcurrentHashMap.newKeySet();
        unread.addAll(acknowledged);
        await("every acknowledged enrolment readable from A")
                .atMost(TAKEOVER_BOUND)
                .until(() -> {
                    unread.removeIf(
                            patientId -> get(a, "/api/v1/patients/" + patientId).status() == 200);
                    return unread.isEmpty();
                });

        // On the events topic exactly once; an unacknowledged one at most once.
        Set<String> attempted = all.stream().map(Write::patientId).collect(Collectors.toSet());
        Map<String, List<EventTopic.Recorded>> events = EventTopic.eventsOf(attempted);
        for (String patientId : attempted) {
            List<EventTopic.Recorded> recorded = events.getOrDefault(patientId, List.of());
            if (acknowledged.contains(patientId)) {
                assertThat(recorded).as("events of acknowledged %s", patientId).hasSize(1);
                assertThat(recorded.get(0).type()).isEqualTo(ENROLLED);
                assertThat(recorded.get(0).sequence()).isEqualTo(1);
                assertThat(get(a, "/api/v1/patients/" + patientId + "/events")
                                .json()
                                .size())
                        .as("audit trail of %s read from A", patientId)
                        .isEqualTo(1);
            } else {
                assertThat(recorded)
                        .as("events of unacknowledged %s", patientId)
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
        all.stream()
                .filter(w -> w.answer().status() == 503 && events.containsKey(w.patientId()))
                .forEach(w -> System.out.printf(
                        "ServiceKillIT kill: answered 503 but recorded: %s -> %s; answer %s%n",
                        w.patientId(), events.get(w.patientId()), w.answer()));
        Map<Integer, Long> recordedAnyway = all.stream()
                .filter(w -> !acknowledged.contains(w.patientId()) && events.containsKey(w.patientId()))
                .collect(Collectors.groupingBy(w -> w.answer().status(), TreeMap::new, Collectors.counting()));
        System.out.printf(
                "ServiceKillIT kill: %d acknowledged, all readable; A took over in %d ms; "
                        + "unacknowledged but recorded, by status: %s%n",
                acknowledged.size(), takeoverMillis, recordedAnyway);
    }

    private void killAndStartAgain(ServiceInstance b) throws Exception {
        URI a = TwoInstances.instanceA();
        Set<Integer> partitionsOfB = TwoInstances.awaitSharing(a, b, START_BOUND);
        int partitions = EventTopic.partitionCount();

        // Twelve patients, most of them decided by B.
        List<String> patients = new ArrayList<>();
        List<Integer> othersPartitions = IntStream.range(0, partitions)
                .filter(p -> !partitionsOfB.contains(p))
                .boxed()
                .toList();
        for (int i = 0; i < 12; i++) {
            List<Integer> from =
                    i % 3 == 2 && !othersPartitions.isEmpty() ? othersPartitions : List.copyOf(partitionsOfB);
            patients.add(patientOnPartition(from.get(i % from.size()), partitions));
        }
        for (String patientId : patients) {
            assertThat(post(a, "/api/v1/patients", Api.enrolment(patientId)).status())
                    .isEqualTo(201);
        }

        Map<String, Queue<Answer>> reports = new ConcurrentHashMap<>();
        patients.forEach(p -> reports.put(p, new ConcurrentLinkedQueue<>()));
        AtomicReference<URI> instanceB = new AtomicReference<>(b.baseUri());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        long restartMillis;
        try {
            for (int i = 0; i < 8; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        String patientId = patients.get(random.nextInt(patients.size()));
                        URI target = instanceB.get();
                        if (target == null || random.nextInt(3) == 0) {
                            target = a;
                        }
                        reports.get(patientId)
                                .add(post(
                                        target,
                                        "/api/v1/patients/" + patientId + "/side-effects",
                                        Api.sideEffect("report " + UUID.randomUUID())));
                    }
                });
            }
            URI firstB = b.baseUri();
            await("reports acknowledged by B before the kill")
                    .atMost(LOAD_BOUND)
                    .until(() -> acknowledgedBy(reports, firstB) >= 60);

            instanceB.set(null);
            b.kill();
            long killedAt = System.nanoTime();
            b.start().awaitReady(START_BOUND);
            restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            URI secondB = b.baseUri();
            instanceB.set(secondB);
            await("the restarted B holding decider partitions again")
                    .atMost(TAKEOVER_BOUND)
                    .until(() -> !ConsumerGroups.describe(ConsumerGroups.DECIDER)
                            .of(b.instanceId(), "decider")
                            .isEmpty());
            await("reports acknowledged by the restarted B")
                    .atMost(LOAD_BOUND)
                    .until(() -> acknowledgedBy(reports, secondB) >= 60);
            running.set(false);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Answer> all = reports.values().stream().flatMap(Queue::stream).toList();
        System.out.printf(
                "ServiceKillIT restart: B held decider partitions %s, then %s; back ready in %d ms; " + "outcomes %s%n",
                partitionsOfB,
                ConsumerGroups.describe(ConsumerGroups.DECIDER).of(b.instanceId(), "decider"),
                restartMillis,
                all.stream()
                        .collect(Collectors.groupingBy(
                                answer -> answer.instance().getPort() + ":" + answer.status(),
                                TreeMap::new,
                                Collectors.counting())));
        assertThat(all).as("answers other than 201, 202, 503 or none").allSatisfy(answer -> assertThat(answer.status())
                .as("%s", answer)
                .isIn(201, 202, 503, Api.NO_ANSWER));

        Map<String, List<EventTopic.Recorded>> events = new TreeMap<>();
        await("every patient's reports projected").atMost(TAKEOVER_BOUND).untilAsserted(() -> {
            events.clear();
            events.putAll(EventTopic.eventsOf(patients));
            for (String patientId : patients) {
                long onTheTopic = events.get(patientId).stream()
                        .filter(e -> e.type().equals(REPORTED))
                        .count();
                Answer read = get(a, "/api/v1/patients/" + patientId + "/side-effects");
                assertThat(read.status()).isEqualTo(200);
                assertThat((long) read.json().size())
                        .as("reports of %s read from A", patientId)
                        .isEqualTo(onTheTopic);
            }
        });
        long recordedUnacknowledged = 0;
        for (String patientId : patients) {
            List<EventTopic.Recorded> recorded = events.get(patientId);
            TwoInstances.assertRunOfSequences(patientId, recorded, recorded.size());
            assertThat(recorded.get(0).type()).isEqualTo(ENROLLED);
            assertThat(recorded.subList(1, recorded.size()))
                    .extracting(EventTopic.Recorded::type)
                    .containsOnly(REPORTED);

            List<Answer> answers = List.copyOf(reports.get(patientId));
            List<Long> acknowledgedVersions = answers.stream()
                    .filter(Answer::acknowledged)
                    .map(Answer::version)
                    .toList();
            long unknown =
                    answers.stream().filter(answer -> !answer.acknowledged()).count();
            assertThat(acknowledgedVersions)
                    .as("versions acknowledged for %s", patientId)
                    .doesNotHaveDuplicates();
            Set<Long> recordedReports = recorded.stream()
                    .filter(e -> e.type().equals(REPORTED))
                    .map(EventTopic.Recorded::sequence)
                    .collect(Collectors.toCollection(HashSet::new));
            assertThat(recordedReports)
                    .as("reports of %s on the topic", patientId)
                    .containsAll(acknowledgedVersions)
                    .hasSizeLessThanOrEqualTo(acknowledgedVersions.size() + (int) unknown);
            recordedUnacknowledged += recordedReports.size() - acknowledgedVersions.size();
            for (long version : acknowledgedVersions) {
                assertThat(get(a, "/api/v1/patients/" + patientId + "/side-effects/" + version)
                                .status())
                        .as("%s's report at %d read from A", patientId, version)
                        .isEqualTo(200);
            }
            List<Long> history = StreamSupport.stream(
                            get(a, "/api/v1/patients/" + patientId + "/events")
                                    .json()
                                    .spliterator(),
                            false)
                    .map(e -> e.get("sequence").asLong())
                    .toList();
            assertThat(history)
                    .as("audit trail of %s read from A", patientId)
                    .containsExactlyInAnyOrderElementsOf(
                            recorded.stream().map(EventTopic.Recorded::sequence).toList());
        }
        System.out.printf(
                "ServiceKillIT restart: %d reports recorded without an acknowledgement (503 or no answer)%n",
                recordedUnacknowledged);

        // What the projectors resumed to equals what a rebuild from the events topic gives.
        Map<String, String> resumed = TwoInstances.readModelsOf(a, patients);
        assertThat(TwoInstances.rebuildReadModels(a).status()).isEqualTo(202);
        await("the read models rebuilt from scratch")
                .atMost(TAKEOVER_BOUND)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(TwoInstances.readModelsOf(a, patients))
                        .as("the read models after a rebuild from the events topic")
                        .isEqualTo(resumed));
    }

    private static ServiceInstance startInstanceB(String role) {
        ServiceInstance b = ServiceInstance.sharingTheTestEnvironment(TwoInstances.uniqueInstanceId(role));
        STARTED.add(b);
        return b.start().awaitReady(START_BOUND);
    }

    private static Write enrol(URI instance, AtomicBoolean killed) {
        String patientId = Api.newPatientId("K");
        Answer answer = post(instance, "/api/v1/patients", Api.enrolment(patientId));
        return new Write(patientId, answer, killed.get());
    }

    /** Enrols through the instance until it acknowledges, with one Idempotency-Key for every attempt. */
    private static Answer enrolUntilAcknowledged(URI instance, String patientId, Queue<Write> writes) {
        Map<String, String> key = TwoInstances.idempotencyKey(UUID.randomUUID().toString());
        AtomicReference<Answer> last = new AtomicReference<>();
        await("enrolment of " + patientId + " through " + instance)
                .atMost(TAKEOVER_BOUND)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Answer answer = post(instance, "/api/v1/patients", Api.enrolment(patientId), key);
                    if (answer.acknowledged() && last.get() != null) {
                        System.out.printf(
                                "ServiceKillIT kill: %s enrolled through A after %s; then %s, "
                                        + "Idempotent-Replayed: %s%n",
                                patientId,
                                last.get().status(),
                                answer.status(),
                                answer.headers().get("Idempotent-Replayed"));
                    }
                    last.set(answer);
                    writes.add(new Write(patientId, answer, true));
                    return answer.acknowledged();
                });
        return last.get();
    }

    private static String patientOnPartition(int partition, int partitions) {
        while (true) {
            String patientId = Api.newPatientId("K");
            if (EventTopic.partitionOf(patientId, partitions) == partition) {
                return patientId;
            }
        }
    }

    private static long acknowledgedBy(Queue<Write> writes, URI instance) {
        return writes.stream()
                .filter(w ->
                        w.answer().instance().equals(instance) && w.answer().acknowledged())
                .count();
    }

    private static long acknowledgedBy(Queue<Write> writes, URI instance, Set<Integer> decidedOn, int partitions) {
        return writes.stream()
                .filter(w ->
                        w.answer().instance().equals(instance) && w.answer().acknowledged())
                .filter(w -> decidedOn.contains(EventTopic.partitionOf(w.patientId(), partitions)))
                .count();
    }

    private static long acknowledgedBy(Map<String, Queue<Answer>> reports, URI instance) {
        return reports.values().stream()
                .flatMap(Queue::stream)
                .filter(answer -> answer.instance().equals(instance) && answer.acknowledged())
                .count();
    }

    private static Map<String, Long> outcomes(List<Write> writes) {
        return writes.stream()
                .collect(Collectors.groupingBy(
                        w -> w.answer().instance().getPort()
                                + (w.afterKill() ? " after kill:" : ":")
                                + w.answer().status(),
                        TreeMap::new,
                        Collectors.counting()));
    }
}
