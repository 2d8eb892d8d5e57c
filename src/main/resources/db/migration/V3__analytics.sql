-- Analytics read models. The analytics projector builds them from the events topic alone, with
-- offsets of its own (projection_offset.projector = 'analytics'), never from the API's read models.
-- This SQL must run on both PostgreSQL (production, tests) and H2 (dev mode).

-- The daily dose of each patient's latest prescription, to tag the side effects reported after it.
CREATE TABLE analytics_patient_dose (
    patient_id    VARCHAR(64) PRIMARY KEY,
    daily_dose_mg INTEGER     NOT NULL
);

-- One row per SideEffectReported; id = patientId/sequence. Reports are counted, never listed.
CREATE TABLE analytics_side_effect (
    id        VARCHAR(100) PRIMARY KEY,
    onset_on  DATE         NOT NULL,
    term      VARCHAR(40)  NOT NULL,
    grade     INTEGER      NOT NULL,
    dose_band VARCHAR(16)  NOT NULL
);
CREATE INDEX analytics_side_effect_by_onset ON analytics_side_effect (onset_on);
