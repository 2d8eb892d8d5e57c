package io.isoledger.analytics;

import static io.isoledger.analytics.AnalyticsFixtures.RANGE_DAYS;
import static io.isoledger.analytics.AnalyticsFixtures.REPORT;
import static io.isoledger.analytics.AnalyticsFixtures.add;
import static io.isoledger.analytics.AnalyticsFixtures.awaitCounts;
import static io.isoledger.analytics.AnalyticsFixtures.counts;
import static io.isoledger.analytics.AnalyticsFixtures.enrol;
import static io.isoledger.analytics.AnalyticsFixtures.prescribe;
import static io.isoledger.analytics.AnalyticsFixtures.randomDay;
import static io.isoledger.analytics.AnalyticsFixtures.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The side-effect report over real HTTP, Kafka and PostgreSQL; onset dates of 2010-2016 are this class's. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class SideEffectAnalyticsTest extends AuthenticatedApiTest {

    @Test
    void sideEffectReport_countsReportsByTermAndGrade_withinTheInclusiveOnsetRange() {
        LocalDate from = randomDay(2010, 2012);
        LocalDate to = from.plusDays(RANGE_DAYS - 1);
        Map<String, Integer> expected = counts(from, to);
        String first = enrol("MALE", 70, false);
        String second = enrol("FEMALE", 55, true);

        report(first, "DRY_LIPS", 1, from);
        report(first, "DRY_LIPS", 2, from.plusDays(2));
        report(second, "DRY_LIPS", 1, to);
        report(second, "HEADACHE", 3, from.plusDays(3));
        report(second, "HEADACHE", 3, from.minusDays(1));
        report(first, "DRY_LIPS", 1, to.plusDays(1));

        add(expected, "total", 4);
        add(expected, "term:DRY_LIPS", 3);
        add(expected, "term:HEADACHE", 1);
        add(expected, "grade:1", 2);
        add(expected, "grade:2", 1);
        add(expected, "grade:3", 1);
        add(expected, "termAndGrade:DRY_LIPS/1", 2);
        add(expected, "termAndGrade:DRY_LIPS/2", 1);
        add(expected, "termAndGrade:HEADACHE/3", 1);
        add(expected, "band:NONE", 4);
        awaitCounts(from, to, expected);

        String body = given().queryParam("from", from.toString())
                .queryParam("to", to.toString())
                .get(REPORT)
                .then()
                .extract()
                .asString();
        assertThat(body).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void sideEffectReport_bandsEachReportByTheDailyDoseOfTheLatestPrescriptionBeforeIt() {
        LocalDate from = randomDay(2013, 2015);
        LocalDate to = from.plusDays(RANGE_DAYS - 1);
        Map<String, Integer> expected = counts(from, to);
        String lowDose = enrol("MALE", 70, false);
        String midDose = enrol("FEMALE", 60, true);
        String highDose = enrol("MALE", 70, false);
        String untreated = enrol("FEMALE", 52, true);

        report(lowDose, "DRY_SKIN", 1, from);
        prescribe(lowDose, 20, 1, false);
        report(lowDose, "DRY_LIPS", 1, from.plusDays(1));
        prescribe(midDose, 20, 2, true);
        report(midDose, "DRY_LIPS", 2, from.plusDays(2));
        prescribe(highDose, 20, 3, false);
        report(highDose, "DRY_EYES", 3, to);
        report(untreated, "DRY_SKIN", 1, to);

        add(expected, "total", 5);
        add(expected, "band:NONE", 2);
        add(expected, "band:≤20 mg", 1);
        add(expected, "band:21–40 mg", 1);
        add(expected, "band:>40 mg", 1);
        add(expected, "term:DRY_SKIN", 2);
        add(expected, "term:DRY_LIPS", 2);
        add(expected, "term:DRY_EYES", 1);
        add(expected, "grade:1", 3);
        add(expected, "grade:2", 1);
        add(expected, "grade:3", 1);
        add(expected, "termAndGrade:DRY_SKIN/1", 2);
        add(expected, "termAndGrade:DRY_LIPS/1", 1);
        add(expected, "termAndGrade:DRY_LIPS/2", 1);
        add(expected, "termAndGrade:DRY_EYES/3", 1);
        awaitCounts(from, to, expected);
    }

    @Test
    void sideEffectReport_isA400Problem_whenFromIsAfterTo() {
        LocalDate to = randomDay(2016, 2016);
        given().queryParam("from", to.plusDays(1).toString())
                .queryParam("to", to.toString())
                .get(REPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:isoledger:problem:invalid-request"))
                .body("status", equalTo(400));
    }

    @Test
    void sideEffectReport_isA400Problem_whenADateIsMalformed() {
        given().queryParam("from", "yesterday")
                .get(REPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
        given().queryParam("to", "2016-02-30")
                .get(REPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:isoledger:problem:invalid-request"));
    }

    @Test
    void sideEffectReport_leavesAnAbsentEndOpen() {
        given().queryParam("to", "2009-12-31")
                .get(REPORT)
                .then()
                .statusCode(200)
                .body("from", nullValue())
                .body("to", equalTo("2009-12-31"));
        given().get(REPORT).then().statusCode(200).body("from", nullValue()).body("to", nullValue());
    }
}
