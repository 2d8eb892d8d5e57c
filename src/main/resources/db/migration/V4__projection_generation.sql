-- A projector's generation: advanced by every rebuild of its read models. Each batch a projector
-- commits first reads it under a shared lock; a projector that finds it changed has not seen the
-- rebuild yet, so it drops the batch and starts again from the offsets left (none: the beginning).
-- Every instance of the service learns of a rebuild this way, whichever instance ran it.
CREATE TABLE projection_generation (
    projector  VARCHAR(64) PRIMARY KEY,
    generation BIGINT      NOT NULL
);
INSERT INTO projection_generation (projector, generation) VALUES ('projector', 0);
INSERT INTO projection_generation (projector, generation) VALUES ('analytics', 0);
