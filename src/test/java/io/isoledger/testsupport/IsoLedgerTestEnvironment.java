package io.isoledger.testsupport;

import io.isoledger.devkafka.EmbeddedKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real Kafka broker and a real PostgreSQL for {@code @QuarkusTest}s, started by the tests
 * themselves, or external ones named by environment variables:
 * {@value #KAFKA_ENV} for Kafka; {@value #JDBC_URL_ENV}, {@value #JDBC_USERNAME_ENV} and
 * {@value #JDBC_PASSWORD_ENV} for PostgreSQL.
 *
 * <p>The broker and the database server are started once per JVM. Quarkus loads this class once per
 * test profile (each application gets its own class loader), so plain static fields would start them
 * once per profile; what must be shared is therefore kept in system properties, which every class
 * loader sees, and the broker of a later profile adopts the running one.
 */
public class IsoLedgerTestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_ENV = "ISOLEDGER_TEST_KAFKA_BOOTSTRAP_SERVERS";
    public static final String JDBC_URL_ENV = "ISOLEDGER_TEST_JDBC_URL";
    public static final String JDBC_USERNAME_ENV = "ISOLEDGER_TEST_JDBC_USERNAME";
    public static final String JDBC_PASSWORD_ENV = "ISOLEDGER_TEST_JDBC_PASSWORD";

    // JVM-wide state, as "port controllerPort dataDir" and a port number.
    private static final String KAFKA_STATE = "isoledger.test-environment.kafka";
    private static final String POSTGRES_PORT = "isoledger.test-environment.postgres-port";
    private static final String DATA_DIR = "isoledger.test-environment.data-dir";
    // A string literal is interned JVM-wide: the same lock object in every class loader.
    private static final Object JVM_WIDE_LOCK = "io.isoledger.testsupport.IsoLedgerTestEnvironment.lock";

    private static final Path TARGET = Path.of("target");
    private static final String PG_USER = "postgres";
    // The embedded server trusts local connections; a password is given only so none is empty.
    private static final String PG_PASSWORD = "postgres";

    // Per class loader, i.e. per Quarkus application: the handles its tests use.
    private static EmbeddedKafkaBroker broker;
    private static Database database;

    /** With {@code token-keys=jwks}, tokens are verified with a JWKS URL instead of a PEM file. */
    private boolean jwks;

    private JwksProvider jwksProvider;

    /**
     * With {@code token-keys=keycloak}, tokens come from a real Keycloak ({@link KeycloakServer}) with the
     * realm that {@code docker/} ships: the service trusts that realm's issuer and keys, reads the roles
     * from {@code realm_access/roles} and wants its client in the audience, as the compose stack does.
     */
    private boolean keycloak;

    private KeycloakServer keycloakServer;

    @Override
    public void init(Map<String, String> initArgs) {
        jwks = "jwks".equals(initArgs.get("token-keys"));
        keycloak = "keycloak".equals(initArgs.get("token-keys"));
    }

    @Override
    public Map<String, String> start() {
        synchronized (JVM_WIDE_LOCK) {
            createTmpDir();
            String kafka = startKafka();
            Database db = freshDatabase();
            String keyLocation = Tokens.PUBLIC_KEY.toAbsolutePath().toString();
            if (jwks) {
                jwksProvider = JwksProvider.start();
                keyLocation = jwksProvider.url();
            }
            // Fresh local state per start: Streams restores its stores from the changelog topics. Every
            // instance of this start (ServiceInstance) shares the data directory, each in its own sub-directory.
            Path dataDir = TARGET.resolve("data").resolve(randomId()).toAbsolutePath();
            System.setProperty(DATA_DIR, dataDir.toString());
            return trustedIdentityProvider(Map.of(
                    "kafka.bootstrap.servers",
                    kafka,
                    "quarkus.kafka-streams.bootstrap-servers",
                    kafka,
                    "quarkus.datasource.jdbc.url",
                    db.url(),
                    "quarkus.datasource.username",
                    db.username(),
                    "quarkus.datasource.password",
                    db.password(),
                    "isoledger.data-dir",
                    dataDir.toString(),
                    // Tokens are signed with the development key (Tokens); the packaged app needs it too.
                    "mp.jwt.verify.issuer",
                    Tokens.ISSUER,
                    "mp.jwt.verify.publickey.location",
                    keyLocation));
        }
    }

    private Map<String, String> trustedIdentityProvider(Map<String, String> settings) {
        if (!keycloak) {
            return settings;
        }
        keycloakServer = KeycloakServer.start();
        Map<String, String> withKeycloak = new HashMap<>(settings);
        withKeycloak.put("mp.jwt.verify.issuer", keycloakServer.issuer(KeycloakServer.REALM));
        withKeycloak.put("mp.jwt.verify.publickey.location", keycloakServer.jwksUrl(KeycloakServer.REALM));
        withKeycloak.put("mp.jwt.verify.audiences", KeycloakServer.CLIENT);
        withKeycloak.put("smallrye.jwt.path.groups", "realm_access/roles");
        return withKeycloak;
    }

    @Override
    public void stop() {
        if (jwksProvider != null) {
            jwksProvider.stop();
            jwksProvider = null;
        }
        if (keycloakServer != null) {
            keycloakServer.stop();
            keycloakServer = null;
        }
        // Nothing to stop per application. Starting a broker and a database server takes seconds, so
        // they live as long as the JVM and every Quarkus start (one per test profile) reuses them.
        // Their own JVM shutdown hooks (EmbeddedKafkaBroker's and EmbeddedPostgres's) stop them, and
        // each start gets its own database, so no start sees the rows of another.
    }

    /** The embedded broker, for fault tests that kill and restart it. */
    public static EmbeddedKafkaBroker broker() {
        synchronized (JVM_WIDE_LOCK) {
            if (broker == null) {
                throw new IllegalStateException("No embedded Kafka broker: either the test environment has not "
                        + "started, or " + KAFKA_ENV + " names an external broker (see usesEmbeddedBroker())");
            }
            return broker;
        }
    }

    /** Whether {@link #broker()} is available, i.e. the tests run their own broker. */
    public static boolean usesEmbeddedBroker() {
        synchronized (JVM_WIDE_LOCK) {
            return broker != null;
        }
    }

    public static String bootstrapServers() {
        synchronized (JVM_WIDE_LOCK) {
            return startKafka();
        }
    }

    /**
     * The data directory ({@code isoledger.data-dir}) of the latest Quarkus start: every instance of it
     * keeps its local state in a sub-directory named by its instance id.
     */
    public static Path dataDir() {
        String dataDir = System.getProperty(DATA_DIR);
        if (dataDir == null) {
            throw new IllegalStateException("No data directory yet: the test environment has not started");
        }
        return Path.of(dataDir);
    }

    /** The JDBC URL of the database of the latest Quarkus start. */
    public static String jdbcUrl() {
        return current().url();
    }

    public static String username() {
        return current().username();
    }

    public static String password() {
        return current().password();
    }

    /** Whether the tests run on the embedded PostgreSQL, whose databases a test may take away. */
    public static boolean usesEmbeddedPostgres() {
        String externalUrl = System.getenv(JDBC_URL_ENV);
        return externalUrl == null || externalUrl.isBlank();
    }

    /**
     * Takes the database of the latest Quarkus start away, as an outage would: no new connection is
     * accepted and every open one is closed. {@link #restoreDatabase()} gives it back.
     */
    public static void cutDatabase() {
        String name = databaseName();
        maintenance(
                "ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    public static void restoreDatabase() {
        maintenance("ALTER DATABASE " + databaseName() + " ALLOW_CONNECTIONS true");
    }

    private static String databaseName() {
        String url = current().url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void maintenance(String... statements) {
        try (Connection connection = dataSource(postgresPort()).getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + String.join("; ", statements), e);
        }
    }

    private static String startKafka() {
        String external = System.getenv(KAFKA_ENV);
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (broker == null) {
            broker = embeddedBroker(System.getProperty(KAFKA_STATE));
        }
        // Starts the broker, adopts the one another class loader started, or restarts one a test killed.
        broker.start();
        System.setProperty(KAFKA_STATE, broker.port() + " " + broker.controllerPort() + " " + broker.dataDir());
        return broker.bootstrapServers();
    }

    private static EmbeddedKafkaBroker embeddedBroker(String sharedState) {
        Path classpath = EmbeddedKafkaBroker.locateClasspathFile();
        if (sharedState == null) {
            return new EmbeddedKafkaBroker(TARGET.resolve("test-kafka").resolve(randomId()), 0, 0, classpath);
        }
        String[] state = sharedState.split(" ", 3);
        return new EmbeddedKafkaBroker(
                Path.of(state[2]), Integer.parseInt(state[0]), Integer.parseInt(state[1]), classpath);
    }

    private static Database freshDatabase() {
        String externalUrl = System.getenv(JDBC_URL_ENV);
        if (externalUrl != null && !externalUrl.isBlank()) {
            // An external database is used as given: whoever provides it owns its lifecycle.
            database = new Database(externalUrl, System.getenv(JDBC_USERNAME_ENV), System.getenv(JDBC_PASSWORD_ENV));
            return database;
        }
        int port = postgresPort();
        String name = "isoledger_" + randomId();
        try (Connection connection = dataSource(port).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        database = new Database("jdbc:postgresql://127.0.0.1:" + port + "/" + name, PG_USER, PG_PASSWORD);
        return database;
    }

    private static int postgresPort() {
        String port = System.getProperty(POSTGRES_PORT);
        if (port == null) {
            port = Integer.toString(startPostgres().getPort());
            System.setProperty(POSTGRES_PORT, port);
        }
        return Integer.parseInt(port);
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // Stopped, and its data directory deleted, by its own JVM shutdown hook.
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(
                            TARGET.resolve("embedded-pg").toAbsolutePath().toFile())
                    .setDataDirectory(
                            TARGET.resolve("test-postgres").resolve(randomId()).toAbsolutePath())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // TCP only: no Unix socket left in /tmp.
                    .setServerConfig("unix_socket_directories", "''")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException | RuntimeException e) {
            // PostgreSQL refuses to run as root. As root, zonky runs it through `unshare -U` (as an
            // unmapped user), which fails where user namespaces are forbidden.
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL. If this runs as root where "
                            + "`unshare -U` is not allowed, run the tests as another user or point " + JDBC_URL_ENV
                            + " at a PostgreSQL server.",
                    e);
        }
    }

    /** The server's maintenance database, from which the test databases are created. */
    private static PGSimpleDataSource dataSource(int port) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        dataSource.setUser(PG_USER);
        dataSource.setPassword(PG_PASSWORD);
        return dataSource;
    }

    /** Surefire points java.io.tmpdir under target/, which may not exist yet; RocksDB and zonky write there. */
    private static void createTmpDir() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create java.io.tmpdir", e);
        }
    }

    private static Database current() {
        synchronized (JVM_WIDE_LOCK) {
            if (database == null) {
                throw new IllegalStateException("No test database yet: the test environment has not started");
            }
            return database;
        }
    }

    private static String randomId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private record Database(String url, String username, String password) {}
}
