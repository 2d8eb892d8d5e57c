-- The treatment lifecycle: course status, restrictions, alerts, procedures (RULES.md R3-R15).

ALTER TABLE patient_summary ADD COLUMN status VARCHAR(16) DEFAULT 'ENROLLED' NOT NULL;
ALTER TABLE patient_summary ADD COLUMN course_started_on DATE;
ALTER TABLE patient_summary ADD COLUMN treatment_ended_on DATE;
ALTER TABLE patient_summary ADD COLUMN end_reason VARCHAR(40);
ALTER TABLE patient_summary ADD COLUMN last_prescription_issued_on DATE;
ALTER TABLE patient_summary ADD COLUMN next_blood_test_due_on DATE;
ALTER TABLE patient_summary ADD COLUMN open_alerts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE patient_summary ADD COLUMN contraception_required_until DATE;
ALTER TABLE patient_summary ADD COLUMN blood_donation_allowed_from DATE;
ALTER TABLE patient_summary ADD COLUMN cosmetic_procedures_allowed_from DATE;
ALTER TABLE patient_summary ADD COLUMN reproductive_status VARCHAR(24);
CREATE INDEX patient_summary_attention ON patient_summary (open_alerts, next_blood_test_due_on, supply_ends_on);

ALTER TABLE side_effect ADD COLUMN expected BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE safety_alert (
    id              VARCHAR(100)             PRIMARY KEY,
    patient_id      VARCHAR(64)              NOT NULL,
    alert_id        VARCHAR(32)              NOT NULL,
    sequence        BIGINT                   NOT NULL,
    rule            VARCHAR(8)               NOT NULL,
    blocking        BOOLEAN                  NOT NULL,
    reason          VARCHAR(1000)            NOT NULL,
    raised_on       DATE                     NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    resolved_by     VARCHAR(64),
    resolution_note VARCHAR(2000),
    resolved_on     DATE,
    resolved_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX safety_alert_by_patient ON safety_alert (patient_id, sequence);

CREATE TABLE scheduled_procedure (
    id           VARCHAR(140)             PRIMARY KEY,
    patient_id   VARCHAR(64)              NOT NULL,
    procedure_id VARCHAR(64)              NOT NULL,
    sequence     BIGINT                   NOT NULL,
    kind         VARCHAR(24)              NOT NULL,
    scheduled_on DATE                     NOT NULL,
    conflict     BOOLEAN                  NOT NULL,
    conflicts    VARCHAR(4000)            NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scheduled_procedure_by_patient ON scheduled_procedure (patient_id, sequence);
