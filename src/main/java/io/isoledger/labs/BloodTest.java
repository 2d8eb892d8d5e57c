package io.isoledger.labs;

import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Read model: one recorded blood test, identified by the patient and the event's sequence. */
@Entity
@Table(name = "blood_test")
public class BloodTest extends PatientRow {

    LocalDate sampledOn;

    boolean fasting;

    Instant recordedAt;
}
