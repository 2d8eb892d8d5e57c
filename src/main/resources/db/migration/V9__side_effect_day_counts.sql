-- The side-effect report at scale. This SQL must run on both PostgreSQL (production, tests) and H2
-- (dev mode).
--
-- The report reads counts, not reports: one row per onset day, term, grade and dose band
-- with the number of reports, kept by the analytics projector in the transaction of each batch. A
-- range is a sum over its days' rows (at most days x terms x grades x bands), whatever the number of
-- reports; the rows of each report are no longer kept.
CREATE TABLE analytics_side_effect_count (
    id        VARCHAR(100) PRIMARY KEY,
    onset_on  DATE         NOT NULL,
    term      VARCHAR(40)  NOT NULL,
    grade     INTEGER      NOT NULL,
    dose_band VARCHAR(16)  NOT NULL,
    reports   BIGINT       NOT NULL
);
CREATE INDEX analytics_side_effect_count_by_onset ON analytics_side_effect_count (onset_on);

INSERT INTO analytics_side_effect_count (id, onset_on, term, grade, dose_band, reports)
SELECT CAST(onset_on AS VARCHAR(10)) || '/' || term || '/' || CAST(grade AS VARCHAR(4)) || '/' || dose_band,
       onset_on, term, grade, dose_band, COUNT(*)
  FROM analytics_side_effect
 GROUP BY onset_on, term, grade, dose_band;

DROP TABLE analytics_side_effect;
