package io.isoledger.analytics;

import static io.isoledger.analytics.AnalyticsFixtures.RANGE_DAYS;
import static io.isoledger.analytics.AnalyticsFixtures.add;
import static io.isoledger.analytics.AnalyticsFixtures.awaitCounts;
import static io.isoledger.analytics.AnalyticsFixtures.counts;
import static io.isoledger.analytics.AnalyticsFixtures.enrol;
import static io.isoledger.analytics.AnalyticsFixtures.prescribe;
import static io.isoledger.analytics.AnalyticsFixtures.randomDay;
import static io.isoledger.analytics.AnalyticsFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.projection.ReadModelProjection;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analytics projector keeps to its own projections and rebuilds them from the events; onsets of 2017-2019. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class AnalyticsProjectorTest extends AuthenticatedApiTest {

    @Inject
    Instance<ReadModelProjection> readModelProjections;

    @Inject
    @Analytics
    Instance<ReadModelProjection> analyticsProjections;

    @Inject
    AnalyticsProjector analyticsProjector;

    @Test
    void analyticsProjections_areNotAppliedByTheReadModelProjector() {
        assertThat(beanClasses(analyticsProjections)).containsExactly(SideEffectAnalyticsProjection.class);
        assertThat(beanClasses(readModelProjections)).isNotEmpty().doesNotContain(SideEffectAnalyticsProjection.class);
    }

    @Test
    void rebuild_replaysTheEvents_andBandsEveryReportAsBefore() throws Exception {
        LocalDate from = randomDay(2017, 2019);
        LocalDate to = from.plusDays(RANGE_DAYS - 1);
        Map<String, Integer> expected = counts(from, to);
        String patientId = enrol("MALE", 70, false);
        report(patientId, "NAUSEA", 1, from);
        prescribe(patientId, 20, 2, false);
        report(patientId, "NAUSEA", 1, to);
        add(expected, "total", 2);
        add(expected, "term:NAUSEA", 2);
        add(expected, "grade:1", 2);
        add(expected, "termAndGrade:NAUSEA/1", 2);
        add(expected, "band:NONE", 1);
        add(expected, "band:21–40 mg", 1);
        awaitCounts(from, to, expected);

        analyticsProjector.rebuild();

        awaitCounts(from, to, expected);
    }

    private static List<Class<?>> beanClasses(Instance<ReadModelProjection> projections) {
        return projections
                .handlesStream()
                .<Class<?>>map(h -> h.getBean().getBeanClass())
                .toList();
    }
}
