package io.isoledger.bench;

import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** A client of {@link FailoverPhase}: asks the survivor to decide a command until it is answered 2xx. */
final class FailoverProbe {

    private static final Duration AGAIN = Duration.ofMillis(50);

    private FailoverProbe() {}

    /** Seconds from {@code since} until a weight for the patient was answered 201 or 202. */
    static double untilDecided(ServiceProbe survivor, String patientId, String weight, long since, Duration limit) {
        String path = "/api/v1/patients/" + patientId + "/weight";
        Duration left = Duration.ofNanos(Math.max(1, since + limit.toNanos() - System.nanoTime()));
        try {
            Awaitility.await(patientId + " decided by the survivor")
                    .atMost(left)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(AGAIN)
                    .until(() -> decided(survivor, path, weight, patientId));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The survivor decided nothing for " + patientId + " within " + limit, e);
        }
        return ReplayPhase.seconds(since);
    }

    /** True for 201 or 202; false for a 503 (not decided in time, or refused at once) or no answer in time. */
    private static boolean decided(ServiceProbe survivor, String path, String weight, String patientId)
            throws InterruptedException {
        int status;
        try {
            status = survivor.post(path, "prescriber", weight, Duration.ofSeconds(30))
                    .statusCode();
        } catch (IOException e) {
            return false;
        }
        if (status == 201 || status == 202) {
            return true;
        }
        if (status != 503) {
            throw new IllegalStateException(patientId + ": the survivor answered " + status);
        }
        return false;
    }
}
