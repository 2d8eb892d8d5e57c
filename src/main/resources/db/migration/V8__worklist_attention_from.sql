-- The worklist at scale. This SQL must run on both PostgreSQL (production, tests) and H2 (dev mode).
--
-- The clinician's worklist (GET /api/v1/patients?attention=true) reads one range of one index: each
-- summary keeps the first day its patient needs attention (attention_from, NULL when never), so the
-- patients needing it by a horizon are those with attention_from <= horizon, and the index returns
-- them in the worklist's order (attention_from, patient_id) a page at a time, without a sort.
-- open_alerts_since: the day the patient's alerts have been open since (NULL with none open).

ALTER TABLE patient_summary ADD COLUMN open_alerts_since DATE;
ALTER TABLE patient_summary ADD COLUMN attention_from DATE;

UPDATE patient_summary SET open_alerts_since = COALESCE(
        (SELECT MIN(a.raised_on) FROM safety_alert a
          WHERE a.patient_id = patient_summary.patient_id AND a.status = 'OPEN'),
        CAST(updated_at AS DATE))
 WHERE open_alerts > 0;
UPDATE patient_summary SET attention_from = open_alerts_since WHERE open_alerts > 0;
UPDATE patient_summary SET attention_from = next_blood_test_due_on
 WHERE status = 'IN_TREATMENT' AND next_blood_test_due_on IS NOT NULL
   AND (attention_from IS NULL OR next_blood_test_due_on < attention_from);
UPDATE patient_summary SET attention_from = supply_ends_on
 WHERE status = 'IN_TREATMENT' AND supply_ends_on IS NOT NULL
   AND (attention_from IS NULL OR supply_ends_on < attention_from);

CREATE INDEX patient_summary_worklist ON patient_summary (attention_from, patient_id);
-- V2's index served the OR of the former query, which no query asks any more.
DROP INDEX patient_summary_attention;
