package io.isoledger.fhir;

import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.history.PatientEvents.Recorded;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Flag.FlagStatus;
import org.hl7.fhir.r4.model.StringType;

/**
 * A safety alert as a {@code Flag}: active until a clinician resolves it, then inactive with the
 * day, who and why; the rule that raised it as its code, the reason as the code's text, whether it
 * stops prescriptions (R8) as an extension.
 */
final class FhirFlags {

    private FhirFlags() {}

    /** @param resolution the event that resolved it, or null while it is open */
    static Flag of(Recorded raised, SafetyAlertRaised e, Recorded resolution) {
        Flag flag = new Flag();
        flag.setId(FhirIds.flag(e.patientId(), e.alertId()));
        flag.addIdentifier().setSystem(FhirCodes.ALERT_ID).setValue(e.alertId());
        flag.addCategory(FhirCodes.concept(FhirCodes.FLAG_CATEGORY, "safety", "Safety"));
        flag.setCode(
                FhirCodes.concept(FhirCodes.RULE, e.rule(), "Rule " + e.rule()).setText(e.reason()));
        flag.setSubject(FhirIds.patientReference(e.patientId()));
        flag.getPeriod().setStartElement(FhirCodes.dateTime(e.raisedOn()));
        flag.addExtension(FhirCodes.EXT_BLOCKING, new BooleanType(e.blocking()));
        String summary = e.rule() + (e.blocking() ? " (blocks prescriptions)" : "") + ", raised " + e.raisedOn() + ": "
                + e.reason();
        if (resolution == null) {
            flag.setStatus(FlagStatus.ACTIVE);
            FhirCodes.narrative(flag, summary);
            return FhirCodes.lastUpdated(flag, raised.time());
        }
        SafetyAlertResolved resolved = (SafetyAlertResolved) resolution.event();
        flag.setStatus(FlagStatus.INACTIVE);
        flag.getPeriod().setEndElement(FhirCodes.dateTime(resolved.resolvedOn()));
        Extension detail = flag.addExtension().setUrl(FhirCodes.EXT_RESOLUTION);
        detail.addExtension("resolvedBy", new StringType(resolved.resolvedBy()));
        detail.addExtension("note", new StringType(resolved.note()));
        FhirCodes.narrative(
                flag,
                summary + " Resolved " + resolved.resolvedOn() + " by " + resolved.resolvedBy() + ": "
                        + resolved.note());
        return FhirCodes.lastUpdated(flag, resolution.time());
    }
}
