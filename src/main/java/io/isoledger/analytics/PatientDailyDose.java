package io.isoledger.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Analytics read model: the daily dose of each patient's latest prescription; never served as such. */
@Entity
@Table(name = "analytics_patient_dose")
class PatientDailyDose extends PanacheEntityBase {

    @Id
    String patientId;

    int dailyDoseMg;

    static Integer of(String patientId) {
        PatientDailyDose dose = findById(patientId);
        return dose == null ? null : dose.dailyDoseMg;
    }

    static void record(String patientId, int dailyDoseMg) {
        PatientDailyDose dose = findById(patientId);
        if (dose == null) {
            dose = new PatientDailyDose();
            dose.patientId = patientId;
            dose.persist();
        }
        dose.dailyDoseMg = dailyDoseMg;
    }
}
