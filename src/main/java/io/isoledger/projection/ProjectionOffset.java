package io.isoledger.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** The next offset a projector reads on one partition, written in the same transaction as its rows. */
@Entity
@Table(name = "projection_offset")
public class ProjectionOffset extends PanacheEntityBase {

    @Id
    private String id;

    @Column(nullable = false)
    private String projector;

    @Column(name = "topic_partition", nullable = false)
    private int partition;

    @Column(nullable = false)
    private long nextOffset;

    protected ProjectionOffset() {}

    ProjectionOffset(String projector, int partition, long nextOffset) {
        this.id = key(projector, partition);
        this.projector = projector;
        this.partition = partition;
        this.nextOffset = nextOffset;
    }

    static String key(String projector, int partition) {
        return projector + ":" + partition;
    }

    public int partition() {
        return partition;
    }

    public long nextOffset() {
        return nextOffset;
    }

    void advanceTo(long offset) {
        this.nextOffset = offset;
    }

    /** Stores the projector's next offset on the partition, in the caller's transaction. */
    static void store(String projector, int partition, long nextOffset) {
        ProjectionOffset offset = findById(key(projector, partition));
        if (offset == null) {
            new ProjectionOffset(projector, partition, nextOffset).persist();
        } else {
            offset.advanceTo(nextOffset);
        }
    }

    /** The projector's next offset per partition; a partition it never read is absent. */
    static Map<Integer, Long> nextOffsets(String projector) {
        Map<Integer, Long> offsets = new HashMap<>();
        ProjectionOffset.<ProjectionOffset>list("projector", projector)
                .forEach(o -> offsets.put(o.partition(), o.nextOffset()));
        return offsets;
    }
}
