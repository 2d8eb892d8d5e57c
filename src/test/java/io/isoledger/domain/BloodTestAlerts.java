package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.units.LabUnits;
import java.math.BigDecimal;
import java.util.List;

/** Lab results and the alerts one blood test raises, for {@link RecordBloodTestSpec} and {@link RecordBloodTestTransaminaseSpec}. */
final class BloodTestAlerts {

    private BloodTestAlerts() {}

    /** A result as the REST layer hands it to the decider: converted to the standard unit with UCUM. */
    static LabResult result(Analyte analyte, String value, String unit, String upperLimitOfNormal) {
        BigDecimal uln = upperLimitOfNormal == null ? null : new BigDecimal(upperLimitOfNormal);
        LabUnits.Converted standard =
                LabUnits.convert(analyte, new BigDecimal(value), unit, uln).orElseThrow();
        return new LabResult(
                analyte,
                new BigDecimal(value),
                unit,
                uln,
                standard.standardValue(),
                analyte.standardUnit(),
                standard.standardUpperLimitOfNormal());
    }

    /** The alerts RecordBloodTest raises after the recorded test, for one result. */
    static List<SafetyAlertRaised> alertsFor(LabResult result) {
        var events = given(enrolled())
                .when(new RecordBloodTest(PATIENT, FRESH, true, List.of(result)))
                .thenAccepted();
        assertThat(events).first().isInstanceOf(BloodTestRecorded.class);
        return events.stream().skip(1).map(SafetyAlertRaised.class::cast).toList();
    }
}
