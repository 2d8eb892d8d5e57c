package io.isoledger.fhir;

import io.isoledger.domain.Restrictions;
import io.isoledger.domain.prescribing.Course;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;

/**
 * A course of treatment as an {@code EpisodeOfCare}: from its first supply's start to its end, with
 * R13's restriction dates as extensions (fixed at the end; while it goes on, following its last
 * supplied day) and why it ended.
 */
final class FhirEpisodesOfCare {

    private FhirEpisodesOfCare() {}

    static EpisodeOfCare of(String patientId, Courses.Entry entry) {
        Course course = entry.course();
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.setId(FhirIds.course(patientId, entry.openedBy()));
        episode.setPatient(FhirIds.patientReference(patientId));
        episode.addType().setText("Isotretinoin treatment course");
        episode.getPeriod().setStartElement(FhirCodes.dateTime(course.startedOn()));
        if (entry.end() == null) {
            episode.setStatus(EpisodeOfCareStatus.ACTIVE);
        } else {
            episode.setStatus(EpisodeOfCareStatus.FINISHED);
            episode.getPeriod().setEndElement(FhirCodes.dateTime(entry.end().endedOn()));
            episode.addExtension(
                    FhirCodes.EXT_END_REASON,
                    new Coding(
                            FhirCodes.TREATMENT_END_REASON,
                            entry.end().reason().name(),
                            FhirCodes.words(entry.end().reason())));
        }
        Restrictions restrictions = entry.restrictions();
        if (restrictions != null) {
            if (restrictions.contraceptionRequiredUntil() != null) {
                episode.addExtension(
                        FhirCodes.EXT_CONTRACEPTION_REQUIRED_UNTIL,
                        FhirCodes.date(restrictions.contraceptionRequiredUntil()));
            }
            episode.addExtension(
                    FhirCodes.EXT_BLOOD_DONATION_ALLOWED_FROM, FhirCodes.date(restrictions.bloodDonationAllowedFrom()));
            episode.addExtension(
                    FhirCodes.EXT_COSMETIC_PROCEDURES_ALLOWED_FROM,
                    FhirCodes.date(restrictions.cosmeticProceduresAllowedFrom()));
        }
        FhirCodes.narrative(episode, summary(entry));
        return FhirCodes.lastUpdated(episode, entry.lastUpdated());
    }

    private static String summary(Courses.Entry entry) {
        String course = "Isotretinoin course from " + entry.course().startedOn()
                + (entry.end() == null
                        ? ", in progress"
                        : " to " + entry.end().endedOn() + " ("
                                + FhirCodes.lowerWords(entry.end().reason()) + ")");
        Restrictions r = entry.restrictions();
        if (r == null) {
            return course;
        }
        return course
                + (r.contraceptionRequiredUntil() == null
                        ? ""
                        : "; contraception required until " + r.contraceptionRequiredUntil())
                + "; blood donation allowed from " + r.bloodDonationAllowedFrom()
                + "; cosmetic procedures allowed from " + r.cosmeticProceduresAllowedFrom();
    }
}
