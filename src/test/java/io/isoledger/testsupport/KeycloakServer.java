package io.isoledger.testsupport;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Keycloak, from its distribution on Maven Central (unpacked under {@code target/keycloak} by
 * the build), in a process of its own on 127.0.0.1 and a free port, in dev mode with a fresh H2 file
 * database under its directory. It imports {@code docker/keycloak/isoledger-realm.json}, the realm the
 * compose stack ships, and the very same file under another realm name, {@value #OTHER_REALM}: the
 * same users, roles and client, but another issuer and other signing keys.
 *
 * <p>Keycloak needs Java 21 or later: {@value #JAVA_HOME_ENV} names one, else the newest JDK under
 * {@code /usr/lib/jvm}, else the JVM of the tests if it is recent enough.
 */
public final class KeycloakServer {

    public static final String REALM = "isoledger";
    public static final String OTHER_REALM = "elsewhere";
    public static final Path REALM_FILE = Path.of("docker", "keycloak", "isoledger-realm.json");
    /** The realm's client for the API, which may use the password grant. */
    public static final String CLIENT = "isoledger";
    /** Every user's password in the realm file. */
    public static final String PASSWORD = "isoledger";

    public static final String JAVA_HOME_ENV = "ISOLEDGER_TEST_KEYCLOAK_JAVA_HOME";
    /** The base URL of the running server, for the tests (the test resource runs in their JVM). */
    static final String URL_PROPERTY = "isoledger.test.keycloak.url";

    private static final String HOME_PROPERTY = "isoledger.keycloak.home";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Process process;
    private final String baseUrl;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak and waits until both realms answer; fails with the log's tail if it does not. */
    public static KeycloakServer start() {
        Path home = home();
        try {
            deleteRecursively(home.resolve("data"));
            Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
            Files.copy(REALM_FILE, imports.resolve(REALM + "-realm.json"));
            ObjectMapper json = new ObjectMapper();
            ObjectNode other = (ObjectNode) json.readTree(REALM_FILE.toFile());
            other.put("realm", OTHER_REALM);
            json.writeValue(imports.resolve(OTHER_REALM + "-realm.json").toFile(), other);
            int port = freePort();
            Path log = home.resolve("keycloak.log");
            // As in docker/compose.yaml: the issuer is fixed by the hostname ("localhost"), whatever
            // address a caller reaches Keycloak at (the tests and the service use 127.0.0.1).
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin").resolve("kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--hostname=http://localhost:" + port,
                            "--hostname-backchannel-dynamic=true",
                            "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome().toString());
            // Quicker start for a short-lived server: no optimising JIT tier.
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            KeycloakServer server = new KeycloakServer(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitRealms();
            System.setProperty(URL_PROPERTY, server.baseUrl);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The base URL the tests reach Keycloak at, e.g. {@code http://127.0.0.1:41234}. */
    public static String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("No Keycloak runs: start the test environment with token-keys=keycloak");
        }
        return url;
    }

    /**
     * An access token for one of the realm's users ({@code docker/keycloak/isoledger-realm.json}: one per
     * role, named after it, password {@value #PASSWORD}), fetched with the password grant for the realm's
     * {@value #CLIENT} client over HTTP, as {@code curl} would.
     */
    public static String accessToken(String realm, String username) {
        String form = "grant_type=password&client_id=" + CLIENT + "&username=" + username + "&password=" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " in " + realm + ": "
                        + response.statusCode() + " " + response.body());
            }
            return new ObjectMapper()
                    .readTree(response.body())
                    .get("access_token")
                    .asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The issuer Keycloak writes into the tokens of a realm ({@code iss}): from its hostname, localhost. */
    public String issuer(String realm) {
        return "http://localhost:" + port + "/realms/" + realm;
    }

    /** The realm's signing keys, as a JWKS URL on the address the service reaches Keycloak at. */
    public String jwksUrl(String realm) {
        return realmUrl(realm) + "/protocol/openid-connect/certs";
    }

    private String realmUrl(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    /** SIGTERM to kc.sh (which passes it on to Keycloak's JVM), then SIGKILL to whatever is left, by PID. */
    public void stop() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
            }
        }
        System.clearProperty(URL_PROPERTY);
    }

    private void awaitRealms() {
        try {
            await("Keycloak's realms")
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsMatching(e -> e instanceof IOException)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "Keycloak exited (" + process.exitValue() + ") before it was ready:\n" + logTail());
                        }
                        return answers(REALM) && answers(OTHER_REALM);
                    });
        } catch (ConditionTimeoutException e) {
            stop();
            throw new AssertionError("Keycloak not ready within " + START_TIMEOUT + ":\n" + logTail(), e);
        }
    }

    private boolean answers(String realm) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " (" + HOME_PROPERTY
                    + "): the build unpacks it in the pre-integration-test phase; run the test with ./mvnw verify");
        }
        return Path.of(home).toAbsolutePath();
    }

    private static Path javaHome() {
        String named = System.getenv(JAVA_HOME_ENV);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        Optional<Path> installed = Optional.empty();
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> candidates = Files.list(jvms)) {
                installed = candidates
                        .filter(dir -> Files.isExecutable(dir.resolve("bin").resolve("java")))
                        .filter(dir -> majorVersion(dir) >= 21)
                        .max(Comparator.comparingInt(KeycloakServer::majorVersion));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (installed.isPresent()) {
            return installed.get();
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        throw new IllegalStateException(
                "Keycloak needs Java 21 or later: install one under /usr/lib/jvm or name it in " + JAVA_HOME_ENV);
    }

    /** The JDK's major version from its {@code release} file, 0 if it has none. */
    private static int majorVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
