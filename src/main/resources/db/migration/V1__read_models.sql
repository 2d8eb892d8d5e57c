-- Read models of IsoLedger. They are derived from the events topic and can be rebuilt from it at
-- any time; this SQL must run on both PostgreSQL (production, tests) and H2 (dev mode).

-- Projection bookkeeping, written in the same transaction as the rows.
CREATE TABLE projection_offset (
    id              VARCHAR(100) PRIMARY KEY,
    projector       VARCHAR(64)  NOT NULL,
    topic_partition INTEGER      NOT NULL,
    next_offset     BIGINT       NOT NULL
);

CREATE TABLE projected_stream (
    patient_id VARCHAR(64) PRIMARY KEY,
    version    BIGINT      NOT NULL
);

CREATE TABLE patient_summary (
    patient_id          VARCHAR(64)              PRIMARY KEY,
    sex                 VARCHAR(16)              NOT NULL,
    birth_date          DATE                     NOT NULL,
    weight_kg           NUMERIC(6, 2)            NOT NULL,
    can_become_pregnant BOOLEAN                  NOT NULL,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    prescription_count  INTEGER                  NOT NULL,
    cumulative_dose_mg  BIGINT                   NOT NULL,
    last_blood_test_on  DATE,
    supply_ends_on      DATE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Prescription ids are unique per patient (the decider can only see one patient's stream).
CREATE TABLE prescription (
    id               VARCHAR(140)             PRIMARY KEY,
    prescription_id  VARCHAR(64)              NOT NULL,
    patient_id       VARCHAR(64)              NOT NULL,
    sequence         BIGINT                   NOT NULL,
    strength_mg      INTEGER                  NOT NULL,
    capsules_per_day INTEGER                  NOT NULL,
    daily_dose_mg    INTEGER                  NOT NULL,
    days_supply      INTEGER                  NOT NULL,
    total_mg         INTEGER                  NOT NULL,
    starts_on        DATE                     NOT NULL,
    ends_on          DATE                     NOT NULL,
    issued_on        DATE                     NOT NULL,
    prescriber_id    VARCHAR(64)              NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX prescription_by_patient ON prescription (patient_id, sequence);

CREATE TABLE blood_test (
    id          VARCHAR(100)             PRIMARY KEY,
    patient_id  VARCHAR(64)              NOT NULL,
    sequence    BIGINT                   NOT NULL,
    sampled_on  DATE                     NOT NULL,
    fasting     BOOLEAN                  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX blood_test_by_patient ON blood_test (patient_id, sequence);

CREATE TABLE blood_test_result (
    id                     VARCHAR(120)   PRIMARY KEY,
    blood_test_id          VARCHAR(100)   NOT NULL REFERENCES blood_test (id),
    ordinal                INTEGER        NOT NULL,
    analyte                VARCHAR(32)    NOT NULL,
    result_value           NUMERIC(12, 3) NOT NULL,
    unit                   VARCHAR(32)    NOT NULL,
    upper_limit_of_normal  NUMERIC(12, 3)
);
CREATE INDEX blood_test_result_by_test ON blood_test_result (blood_test_id, ordinal);

CREATE TABLE side_effect (
    id          VARCHAR(100)             PRIMARY KEY,
    patient_id  VARCHAR(64)              NOT NULL,
    sequence    BIGINT                   NOT NULL,
    term        VARCHAR(40)              NOT NULL,
    grade       INTEGER                  NOT NULL,
    onset_on    DATE                     NOT NULL,
    reported_by VARCHAR(16)              NOT NULL,
    notes       VARCHAR(2000),
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX side_effect_by_patient ON side_effect (patient_id, sequence);

-- The audit trail: every event of every patient, as it stands on the events topic.
CREATE TABLE event_history (
    event_id       VARCHAR(36)              PRIMARY KEY,
    patient_id     VARCHAR(64)              NOT NULL,
    sequence       BIGINT                   NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id VARCHAR(100),
    causation_id   VARCHAR(100),
    actor          VARCHAR(200),
    data           VARCHAR(65536)           NOT NULL,
    CONSTRAINT event_history_sequence UNIQUE (patient_id, sequence)
);
