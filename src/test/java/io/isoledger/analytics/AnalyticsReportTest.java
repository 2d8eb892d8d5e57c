package io.isoledger.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.analytics.SideEffectReport.DoseBandCount;
import io.isoledger.analytics.SideEffectReport.GradeCount;
import io.isoledger.analytics.SideEffectReport.TermAndGradeCount;
import io.isoledger.analytics.SideEffectReport.TermCount;
import io.isoledger.domain.SideEffectTerm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the report's rows roll up and order, without a database. */
class AnalyticsReportTest {

    private static final LocalDate FROM = LocalDate.of(2014, 3, 1);
    private static final LocalDate TO = LocalDate.of(2014, 3, 31);

    @Test
    void doseBand_boundaries_are20And40mgInclusive() {
        assertThat(DoseBand.of(null)).isEqualTo(DoseBand.NONE);
        assertThat(DoseBand.of(10)).isEqualTo(DoseBand.UP_TO_20_MG);
        assertThat(DoseBand.of(20)).isEqualTo(DoseBand.UP_TO_20_MG);
        assertThat(DoseBand.of(21)).isEqualTo(DoseBand.FROM_21_TO_40_MG);
        assertThat(DoseBand.of(40)).isEqualTo(DoseBand.FROM_21_TO_40_MG);
        assertThat(DoseBand.of(41)).isEqualTo(DoseBand.OVER_40_MG);
    }

    @Test
    void report_rollsUpTheCounts_orderedByTermNameGradeAndDose() {
        List<SideEffectCount> counts = List.of(
                new SideEffectCount(SideEffectTerm.HEADACHE, 2, DoseBand.OVER_40_MG, 1),
                new SideEffectCount(SideEffectTerm.DRY_SKIN, 1, DoseBand.NONE, 2),
                new SideEffectCount(SideEffectTerm.DRY_LIPS, 3, DoseBand.UP_TO_20_MG, 4),
                new SideEffectCount(SideEffectTerm.DRY_LIPS, 1, DoseBand.UP_TO_20_MG, 5),
                new SideEffectCount(SideEffectTerm.DRY_LIPS, 1, DoseBand.NONE, 6));

        SideEffectReport report = SideEffectReport.of(FROM, TO, counts);

        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.total()).isEqualTo(18);
        assertThat(report.byTerm())
                .containsExactly(
                        new TermCount(SideEffectTerm.DRY_LIPS, 15),
                        new TermCount(SideEffectTerm.DRY_SKIN, 2),
                        new TermCount(SideEffectTerm.HEADACHE, 1));
        assertThat(report.byGrade()).containsExactly(new GradeCount(1, 13), new GradeCount(2, 1), new GradeCount(3, 4));
        assertThat(report.byTermAndGrade())
                .containsExactly(
                        new TermAndGradeCount(SideEffectTerm.DRY_LIPS, 1, 11),
                        new TermAndGradeCount(SideEffectTerm.DRY_LIPS, 3, 4),
                        new TermAndGradeCount(SideEffectTerm.DRY_SKIN, 1, 2),
                        new TermAndGradeCount(SideEffectTerm.HEADACHE, 2, 1));
        assertThat(report.byDailyDoseBand())
                .containsExactly(
                        new DoseBandCount("NONE", 8), new DoseBandCount("≤20 mg", 9), new DoseBandCount(">40 mg", 1));
    }

    @Test
    void report_ofNoReports_isEmpty_withOpenEnds() {
        SideEffectReport report = SideEffectReport.of(null, null, List.of());

        assertThat(report.total()).isZero();
        assertThat(report.byTerm()).isEmpty();
        assertThat(report.byGrade()).isEmpty();
        assertThat(report.byTermAndGrade()).isEmpty();
        assertThat(report.byDailyDoseBand()).isEmpty();
    }
}
