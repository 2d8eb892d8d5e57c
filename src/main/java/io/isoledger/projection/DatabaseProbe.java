package io.isoledger.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the read models' database answers at all. Asked after a database operation failed, to
 * tell an outage (wait and retry; the caller gets a 503) from a failure of the operation itself.
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 2;

    private final AgroalDataSource dataSource;

    DatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a failure came from the database: a JDBC or persistence exception anywhere in its causes. */
    public static boolean isDatabaseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }
}
