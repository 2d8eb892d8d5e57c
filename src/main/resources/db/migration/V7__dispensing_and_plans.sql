-- The pharmacy's window (R22): each prescription's dispensing deadline and what became of it; and
-- every patient's plan, a row per step with its window, for the worklist of what is due.

ALTER TABLE prescription ADD COLUMN dispense_by DATE;
ALTER TABLE prescription ADD COLUMN supply_status VARCHAR(16) DEFAULT 'DISPENSED' NOT NULL;
ALTER TABLE prescription ADD COLUMN dispensed_on DATE;
ALTER TABLE prescription ADD COLUMN pharmacy_id VARCHAR(64);
ALTER TABLE prescription ADD COLUMN quantity_dispensed INTEGER;
ALTER TABLE prescription ADD COLUMN expired_on DATE;

CREATE TABLE plan_step (
    id           VARCHAR(100) PRIMARY KEY,
    patient_id   VARCHAR(64)  NOT NULL,
    ordinal      INTEGER      NOT NULL,
    rule         VARCHAR(8)   NOT NULL,
    action       VARCHAR(300) NOT NULL,
    window_from  DATE,
    window_to    DATE         NOT NULL,
    planned_on   DATE         NOT NULL,
    done         BOOLEAN      NOT NULL
);
CREATE INDEX plan_step_by_patient ON plan_step (patient_id, ordinal);
-- The worklist asks for steps still to do whose window closes, or opens, in a range of days.
CREATE INDEX plan_step_due_by_close ON plan_step (done, window_to);
CREATE INDEX plan_step_due_by_open ON plan_step (done, window_from);
