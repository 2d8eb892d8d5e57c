package io.isoledger.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far one patient's stream is projected: what a request waits for to read its own write. */
@Entity
@Table(name = "projected_stream")
public class ProjectedStream extends PanacheEntityBase {

    @Id
    private String patientId;

    @Column(nullable = false)
    private long version;

    protected ProjectedStream() {}

    ProjectedStream(String patientId, long version) {
        this.patientId = patientId;
        this.version = version;
    }

    public long version() {
        return version;
    }

    void advanceTo(long newVersion) {
        this.version = Math.max(version, newVersion);
    }

    public static long versionOf(String patientId) {
        ProjectedStream stream = findById(patientId);
        return stream == null ? 0 : stream.version;
    }
}
