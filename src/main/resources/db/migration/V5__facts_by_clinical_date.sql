-- Facts by their clinical date: the summary keeps the date of the weight, status and potential it
-- shows, so a backdated entry never replaces a newer one; lab results keep the value converted to
-- the analyte's standard unit beside the value as sent.

ALTER TABLE patient_summary ADD COLUMN weight_measured_on DATE;
ALTER TABLE patient_summary ADD COLUMN reproductive_status_declared_on DATE;
ALTER TABLE patient_summary ADD COLUMN potential_changed_on DATE;

ALTER TABLE blood_test_result ADD COLUMN standard_value NUMERIC(16, 4);
ALTER TABLE blood_test_result ADD COLUMN standard_unit VARCHAR(32);
ALTER TABLE blood_test_result ADD COLUMN standard_upper_limit_of_normal NUMERIC(16, 4);
