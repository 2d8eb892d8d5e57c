-- Each patient's state as of its last projected event, so a summary or a plan is read without
-- folding the patient's whole audit trail again. This SQL must run on both PostgreSQL (production,
-- tests) and H2 (dev mode).
--
-- Derived data, like every read model: the state in the decider's snapshot format (JSON with its
-- format version); a row of another format, or a missing row, is ignored and the state folded from
-- event_history instead. Empty after this migration: each patient gets its row with its next event,
-- or all of them with a rebuild of the read models.
CREATE TABLE patient_state (
    patient_id VARCHAR(64)      PRIMARY KEY,
    version    BIGINT           NOT NULL,
    state      VARCHAR(1000000) NOT NULL
);
