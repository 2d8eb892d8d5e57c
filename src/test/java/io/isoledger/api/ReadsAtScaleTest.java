package io.isoledger.api;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clinician's worklist over the summaries of 100,000 patients and the side-effect report over two
 * years of counts: PostgreSQL answers both from an index range (the worklist's in its order, without
 * a sort), never a scan of the table, and the figures are printed (the benchmark times them under
 * load; this is not a timed assertion).
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class ReadsAtScaleTest extends AuthenticatedApiTest {

    private static final int PATIENTS = 100_000;
    private static final LocalDate FIRST_ONSET = LocalDate.of(2030, 1, 1);
    private static final int ONSET_DAYS = 730;
    private static final String[] TERMS = {"DRY_LIPS", "DRY_SKIN", "HEADACHE", "MUSCLE_PAIN", "DRY_EYES"};
    private static final String[] BANDS = {"NONE", "UP_TO_20_MG", "FROM_21_TO_40_MG", "OVER_40_MG"};

    @Inject
    AgroalDataSource db;

    @AfterEach
    void removeTheLoad() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM patient_summary WHERE patient_id LIKE 'LOAD-%'");
            s.executeUpdate("DELETE FROM analytics_side_effect_count WHERE onset_on >= DATE '" + FIRST_ONSET + "'");
        }
    }

    @Test
    void theWorklistOf100000Patients_comesFromTheIndexInItsOrder_notAScan() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long started = System.nanoTime();
        loadSummaries(today);
        System.out.printf(
                "reads at scale: %d patient summaries written in %d ms%n", PATIENTS, QueryPlans.millisSince(started));

        // What Worklist.page sends for a page's ids (Hibernate pages with OFFSET and FETCH FIRST): the
        // first page and page 100 both straight from the index, in its order, with no sort: an index-only
        // scan, which reads the table only where the visibility map is behind (autovacuum keeps it, as
        // VACUUM does here).
        String horizon = "DATE '" + today.plusDays(7) + "'";
        for (int page : new int[] {0, 100}) {
            List<String> plan = QueryPlans.explain(
                    db,
                    "SELECT patient_id FROM patient_summary WHERE attention_from <= "
                            + horizon + " ORDER BY attention_from, patient_id OFFSET " + page * 50
                            + " ROWS FETCH FIRST 50 ROWS ONLY");
            System.out.printf("reads at scale: worklist plan, page %d%n  %s%n", page, String.join("\n  ", plan));
            assertThat(plan).noneMatch(line -> line.contains("Seq Scan") || line.contains("Sort"));
            assertThat(plan).anyMatch(line -> line.contains("Index Only Scan using patient_summary_worklist"));
        }

        for (int page : new int[] {0, 100}) {
            String sql = "SELECT patient_id FROM patient_summary WHERE attention_from <= " + horizon
                    + " ORDER BY attention_from, patient_id OFFSET " + page * 50 + " ROWS FETCH FIRST 50 ROWS ONLY";
            System.out.printf(
                    "reads at scale: worklist page %d in PostgreSQL: %s%n", page, QueryPlans.executionTime(db, sql));
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long asked = System.nanoTime();
                List<String> ids = given().queryParam("attention", true)
                        .queryParam("page", page)
                        .queryParam("size", 50)
                        .get("/api/v1/patients")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("patientId");
                millis.add(QueryPlans.millisSince(asked));
                assertThat(ids).hasSize(50);
            }
            System.out.printf(
                    "reads at scale: worklist page %d over HTTP, 20 requests one after the other: %s ms%n",
                    page, millis);
        }
    }

    @Test
    void theSideEffectReport_sumsTheCountsOfItsDays_fromTheOnsetIndex() throws SQLException {
        Map<String, Long> expected = loadCounts(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31));
        QueryPlans.analyze(db, "analytics_side_effect_count");
        List<String> plan = QueryPlans.explain(
                db,
                "SELECT term, grade, dose_band, SUM(reports) FROM analytics_side_effect_count"
                        + " WHERE onset_on >= DATE '2031-03-01' AND onset_on <= DATE '2031-03-31'"
                        + " GROUP BY term, grade, dose_band");
        System.out.println("reads at scale: side-effect report plan\n  " + String.join("\n  ", plan));
        assertThat(plan).noneMatch(line -> line.contains("Seq Scan"));
        assertThat(plan).anyMatch(line -> line.contains("analytics_side_effect_count_by_onset"));

        for (int i = 0; i < 3; i++) {
            long asked = System.nanoTime();
            var report = given().queryParam("from", "2031-03-01")
                    .queryParam("to", "2031-03-31")
                    .get("/api/v1/analytics/side-effects")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            System.out.printf(
                    "reads at scale: side-effect report of a month answered in %d ms%n", QueryPlans.millisSince(asked));
            Map<String, Long> byTerm = new TreeMap<>();
            report.<Map<String, Object>>getList("byTerm")
                    .forEach(r -> byTerm.put((String) r.get("term"), ((Number) r.get("count")).longValue()));
            assertThat(byTerm).isEqualTo(expected);
        }
    }

    /** One summary a patient; one in five needs attention, from a day spread over 30 days back to 60 ahead. */
    private void loadSummaries(LocalDate today) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO patient_summary (patient_id, sex,"
                        + " birth_date, weight_kg, can_become_pregnant, enrolled_at, version, prescription_count,"
                        + " cumulative_dose_mg, updated_at, status, supply_ends_on, attention_from)"
                        + " VALUES (?, 'FEMALE', DATE '2001-04-02', 58.5, true, ?, 10, 1, 600, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int p = 0; p < PATIENTS; p++) {
                boolean inTreatment = p % 5 == 0;
                Date ends = inTreatment ? Date.valueOf(today.plusDays(p % 91 - 30)) : null;
                insert.setString(1, String.format("LOAD-%06d", p));
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, inTreatment ? "IN_TREATMENT" : "ENROLLED");
                insert.setDate(5, ends);
                insert.setDate(6, ends);
                insert.addBatch();
                if (p % 2_000 == 1_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE patient_summary");
        }
    }

    /** Five terms, three grades, four bands on each of two years' days; the reports of each term in the range. */
    private Map<String, Long> loadCounts(LocalDate from, LocalDate to) throws SQLException {
        Map<String, Long> inRange = new TreeMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO analytics_side_effect_count"
                        + " (id, onset_on, term, grade, dose_band, reports) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int d = 0; d < ONSET_DAYS; d++) {
                LocalDate day = FIRST_ONSET.plusDays(d);
                for (int t = 0; t < TERMS.length; t++) {
                    for (int grade = 1; grade <= 3; grade++) {
                        for (String band : BANDS) {
                            long reports = 1 + (d + t + grade) % 7;
                            insert.setString(1, day + "/" + TERMS[t] + "/" + grade + "/" + band);
                            insert.setDate(2, Date.valueOf(day));
                            insert.setString(3, TERMS[t]);
                            insert.setInt(4, grade);
                            insert.setString(5, band);
                            insert.setLong(6, reports);
                            insert.addBatch();
                            if (!day.isBefore(from) && !day.isAfter(to)) {
                                inRange.merge(TERMS[t], reports, Long::sum);
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
        }
        return inRange;
    }
}
