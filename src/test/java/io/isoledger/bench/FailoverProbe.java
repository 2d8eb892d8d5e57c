package io.isoledger.bench;

import java.io.IOException;
import java.time.Duration;

/** A client of {@link FailoverPhase}: asks the survivor to decide a command until it is answered 2xx. */
final class FailoverProbe {

    private FailoverProbe() {}

    /** Seconds from {@code since} until a weight for the patient was answered 201 or 202. */
    static double untilDecided(ServiceProbe survivor, String patientId, String weight, long since, Duration limit)
            throws InterruptedException {
        long deadline = since + limit.toNanos();
        String path = "/api/v1/patients/" + patientId + "/weight";
        while (System.nanoTime() < deadline) {
            int status;
            try {
                status = survivor.post(path, "prescriber", weight, Duration.ofSeconds(30))
                        .statusCode();
            } catch (IOException e) {
                continue; // no answer in time: ask again
            }
            if (status == 201 || status == 202) {
                return ReplayPhase.seconds(since);
            }
            if (status != 503) {
                throw new IllegalStateException(patientId + ": the survivor answered " + status);
            }
            Thread.sleep(50); // 503: not decided in time (reply timeout), or refused at once
        }
        throw new IllegalStateException("The survivor decided nothing for " + patientId + " within " + limit);
    }
}
