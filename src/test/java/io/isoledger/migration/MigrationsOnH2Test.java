package io.isoledger.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read-model migrations must run on H2 as well as PostgreSQL (dev mode uses H2), so they run
 * here on a fresh in-memory H2 database, without Quarkus.
 */
class MigrationsOnH2Test {

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void openDatabase() throws SQLException {
        url = "jdbc:h2:mem:migrations-" + UUID.randomUUID();
        // The in-memory database lives as long as one connection to it is open.
        keepAlive = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void migrations_allSucceed_onAnEmptyH2Database() {
        Flyway flyway = flyway();

        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        MigrationInfo[] applied = flyway.info().all();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getState))
                .as("state of every migration")
                .containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void migrations_createEveryReadModelTable() throws SQLException {
        flyway().migrate();

        assertThat(tables())
                .contains(
                        "projection_offset",
                        "projected_stream",
                        "patient_summary",
                        "prescription",
                        "blood_test",
                        "blood_test_result",
                        "side_effect",
                        "event_history",
                        "analytics_side_effect_count");
    }

    @Test
    void migrations_doNothing_whenRunASecondTime() {
        flyway().migrate();

        assertThat(flyway().migrate().migrationsExecuted).isZero();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = keepAlive.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase());
            }
        }
        return names;
    }
}
