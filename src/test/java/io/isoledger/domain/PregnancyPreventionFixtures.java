package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The pregnancy-prevention facts of the decider specs: pregnancy tests and hCG, reproductive status
 * and potential, contraception; dated by the days of {@link Fixtures}.
 */
final class PregnancyPreventionFixtures {

    private PregnancyPreventionFixtures() {}

    static PregnancyTestRecorded pregnancyTest(LocalDate sampledOn, PregnancyTestResult result) {
        return new PregnancyTestRecorded(PATIENT, sampledOn, result, PregnancyTestMethod.URINE);
    }

    static PregnancyTestRecorded negativePregnancyTest(LocalDate sampledOn) {
        return pregnancyTest(sampledOn, PregnancyTestResult.NEGATIVE);
    }

    /**
     * An IUD and condoms from {@code startedOn} (enough under every profile), confirmed on {@link Fixtures#FRESH}:
     * inside every profile's re-confirmation window.
     */
    static ContraceptionConfirmed contraception(LocalDate startedOn) {
        return contraception(startedOn, ContraceptionMethod.IUD, ContraceptionMethod.CONDOM);
    }

    static ContraceptionConfirmed contraception(LocalDate startedOn, ContraceptionMethod... methods) {
        LocalDate confirmedOn = startedOn.isAfter(FRESH) ? startedOn : FRESH;
        return new ContraceptionConfirmed(PATIENT, Set.of(methods), startedOn, confirmedOn);
    }

    static ReproductiveStatusDeclared declared(ReproductiveStatus status) {
        return new ReproductiveStatusDeclared(PATIENT, status, FRESH);
    }

    static ReproductiveStatusDeclared declared(ReproductiveStatus status, LocalDate declaredOn) {
        return new ReproductiveStatusDeclared(PATIENT, status, declaredOn);
    }

    static PregnancyTestRecorded positivePregnancyTest(LocalDate sampledOn) {
        return pregnancyTest(sampledOn, PregnancyTestResult.POSITIVE);
    }

    /** A blood panel with only hCG, in mIU/mL: 5 or more is a positive pregnancy result (R4, R18). */
    static BloodTestRecorded hcgPanel(LocalDate sampledOn, String miuPerMl) {
        return new BloodTestRecorded(
                PATIENT,
                sampledOn,
                false,
                List.of(LabResult.inStandardUnit(Analyte.HCG, new BigDecimal(miuPerMl), null)));
    }

    static ContraceptionStopped contraceptionStopped(LocalDate stoppedOn, ContraceptionMethod... methods) {
        return new ContraceptionStopped(PATIENT, Set.of(methods), stoppedOn);
    }

    static ReproductivePotentialChanged potentialChanged(boolean canBecomePregnant, LocalDate changedOn) {
        PotentialChangeReason reason =
                canBecomePregnant ? PotentialChangeReason.MENARCHE : PotentialChangeReason.MENOPAUSE;
        return new ReproductivePotentialChanged(PATIENT, canBecomePregnant, changedOn, reason, CLINICIAN);
    }
}
