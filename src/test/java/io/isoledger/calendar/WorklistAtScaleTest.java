package io.isoledger.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.QueryPlans;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worklist over the plans of 100,000 patients: the query PostgreSQL runs for it uses the
 * deadline indexes, never a scan of the table, and the figures are printed (a benchmark, not a
 * timed assertion).
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class WorklistAtScaleTest extends AuthenticatedApiTest {

    private static final int PATIENTS = 100_000;
    private static final int STEPS = 5;
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @Inject
    AgroalDataSource db;

    @AfterEach
    void removeTheLoad() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM plan_step WHERE patient_id LIKE 'LOAD-%'");
        }
    }

    @Test
    void theDueStepsOf100000Patients_comeFromTheIndexes_notAScan() throws SQLException {
        long loadStarted = System.nanoTime();
        load();
        System.out.printf(
                "worklist at scale: %d plan steps written in %d ms%n",
                PATIENTS * STEPS, QueryPlans.millisSince(loadStarted));

        // The two queries PlanStep.due runs: the steps closing in the range, then those only opening in it.
        Map<String, String> queries = Map.of(
                "window_to",
                "SELECT * FROM plan_step WHERE done = false AND window_to BETWEEN '2026-06-01' AND '2026-06-07'"
                        + " ORDER BY window_to, patient_id, ordinal LIMIT 50",
                "window_from",
                "SELECT * FROM plan_step WHERE done = false AND window_from BETWEEN '2026-06-01' AND '2026-06-07'"
                        + " AND window_to > '2026-06-07' ORDER BY window_to, patient_id, ordinal LIMIT 50");
        // PostgreSQL may run the second on either deadline index (by window_to, filtering the openings):
        // a range of the index either way, never the table.
        for (Map.Entry<String, String> query : queries.entrySet()) {
            List<String> plan = QueryPlans.explain(db, query.getValue());
            System.out.println(
                    "worklist at scale: query plan (" + query.getKey() + ")\n  " + String.join("\n  ", plan));
            assertThat(plan).noneMatch(line -> line.contains("Seq Scan"));
            assertThat(plan).anyMatch(line -> line.contains("Index Cond") && line.contains("window_"));
        }

        for (int i = 0; i < 3; i++) {
            long asked = System.nanoTime();
            given().get("/api/v1/worklist/due?from=2026-06-01&to=2026-06-07&size=50")
                    .then()
                    .statusCode(200);
            System.out.printf(
                    "worklist at scale: GET /api/v1/worklist/due answered in %d ms%n", QueryPlans.millisSince(asked));
        }
    }

    /** Five steps a patient, their windows spread over two years. */
    private void load() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO plan_step"
                        + " (id, patient_id, ordinal, rule, action, window_from, window_to, planned_on, done)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p < PATIENTS; p++) {
                for (int s = 0; s < STEPS; s++) {
                    LocalDate to = FIRST.plusDays((p * 7L + s * 31L) % 730);
                    insert.setString(1, "LOAD-" + p + "/" + s);
                    insert.setString(2, "LOAD-" + p);
                    insert.setInt(3, s);
                    insert.setString(4, "R" + (2 + s));
                    insert.setString(5, "a step");
                    insert.setDate(6, Date.valueOf(to.minusDays(30)));
                    insert.setDate(7, Date.valueOf(to));
                    insert.setDate(8, Date.valueOf(FIRST));
                    insert.setBoolean(9, s == 0);
                    insert.addBatch();
                }
                if (p % 2_000 == 1_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        QueryPlans.analyze(db, "plan_step");
    }
}
