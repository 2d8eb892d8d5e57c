package io.isoledger.bench;

import io.isoledger.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmark asks the running service over HTTP: its Prometheus metrics ({@code /q/metrics}),
 * and the administrative and clinical requests of the replay and start-up phases.
 */
final class ServiceProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    // name{labels} value, as the Prometheus text format writes a sample.
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    private final URI base;

    ServiceProbe(URI base) {
        this.base = base;
    }

    /**
     * The sum of the samples of {@code metric} whose labels contain {@code labelFilter} (empty: all).
     * With {@code max}, the largest sample instead; NaN if any sample is NaN, or none exists.
     */
    double metric(String metric, String labelFilter, boolean max) throws IOException, InterruptedException {
        String body = send(HttpRequest.newBuilder(base.resolve("/q/metrics")).GET(), Duration.ofSeconds(10))
                .body();
        double result = max ? Double.NEGATIVE_INFINITY : 0;
        boolean found = false;
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(metric)) {
                continue;
            }
            String labels = sample.group(2) == null ? "" : sample.group(2);
            if (labels.contains(labelFilter)) {
                double value = Double.parseDouble(sample.group(3));
                result = max ? Math.max(result, value) : result + value;
                found = true;
                if (Double.isNaN(value)) {
                    return Double.NaN;
                }
            }
        }
        return found ? result : Double.NaN;
    }

    HttpResponse<String> post(String path, String role, String json, Duration timeout)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + Tokens.forRoles("bench-" + role, role))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                timeout);
    }

    HttpResponse<String> get(String path, String role, Duration timeout) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + Tokens.forRoles("bench-" + role, role))
                        .GET(),
                timeout);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout)
            throws IOException, InterruptedException {
        return HTTP.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }
}
