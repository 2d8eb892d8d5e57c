package io.isoledger.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * How many times a projector's read models were rebuilt. A batch reads it under a shared lock and a
 * rebuild advances it under an exclusive one, so no batch projected before a rebuild commits after
 * it, on any instance.
 */
@Entity
@Table(name = "projection_generation")
public class ProjectionGeneration extends PanacheEntityBase {

    @Id
    private String projector;

    @Column(nullable = false)
    private long generation;

    protected ProjectionGeneration() {}

    private ProjectionGeneration(String projector) {
        this.projector = projector;
    }

    /** The generation, read without a lock: to notice a rebuild soon, not to decide on it. */
    static long current(String projector) {
        ProjectionGeneration row = findById(projector);
        return row == null ? 0 : row.generation;
    }

    /** The generation, held for the rest of the transaction against a rebuild (shared lock). */
    static long holdAgainstRebuild(String projector) {
        ProjectionGeneration row = findById(projector, LockModeType.PESSIMISTIC_READ);
        return row == null ? 0 : row.generation;
    }

    /** Waits for every batch in flight, then advances the generation: call it in the rebuild's transaction. */
    static long advance(String projector) {
        ProjectionGeneration row = findById(projector, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ProjectionGeneration(projector);
            row.persist();
        }
        row.generation++;
        return row.generation;
    }
}
