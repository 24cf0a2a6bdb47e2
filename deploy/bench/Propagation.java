import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issuer → activation propagation: issues licenses and measures, for each, the time from the issuer's 201 until
 * activation-service's support lookup of the serial answers 200 (404 until the license event arrived).
 * Usage: java Propagation.java ISSUER_URL ACTIVATION_URL STAFF_TOKEN PRODUCT ACCOUNT LICENSES WORKERS
 * Prints "p50_ms p99_ms max_ms"; exits 1 on any unexpected answer or a license not known after 30 s.
 */
public class Propagation {

    private static final Pattern SERIAL = Pattern.compile("\"serial\"\\s*:\\s*\"([^\"]+)\"");
    private static final long POLL_MILLIS = 10;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    public static void main(String[] args) throws Exception {
        String issuer = args[0], activation = args[1], token = args[2], product = args[3], account = args[4];
        int licenses = Integer.parseInt(args[5]), workers = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"productCode\":\"" + product + "\",\"accountId\":\"" + account + "\",\"modules\":{\"finance\":5},"
                + "\"maxActivations\":3,\"expiresAt\":\"2031-01-01T00:00:00Z\",\"maintenanceUntil\":\"2030-01-01T00:00:00Z\"}";
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < licenses; i++) {
            results.add(pool.submit(() -> propagate(http, issuer, activation, token, body)));
        }
        List<Long> millis = new ArrayList<>();
        for (Future<Long> result : results) {
            millis.add(result.get());
        }
        pool.shutdown();
        Collections.sort(millis);
        System.out.printf("%d %d %d%n", percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static long propagate(HttpClient http, String issuer, String activation, String token, String body)
            throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(issuer + "/api/v1/licenses"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long start = System.nanoTime();
        Matcher serial = SERIAL.matcher(issued.body());
        if (issued.statusCode() != 201 || !serial.find()) {
            fail("issuing answered " + issued.statusCode() + ": " + issued.body());
        }
        HttpRequest lookup = HttpRequest.newBuilder(URI.create(activation + "/api/v1/support/serials/" + serial.group(1)))
                .header("Authorization", "Bearer " + token).GET().build();
        while (true) {
            int status = http.send(lookup, HttpResponse.BodyHandlers.discarding()).statusCode();
            long elapsed = System.nanoTime() - start;
            if (status == 200) {
                return elapsed / 1_000_000;
            }
            if (status != 404) {
                fail("support lookup answered " + status);
            }
            if (elapsed > GIVE_UP_NANOS) {
                fail("license " + serial.group(1) + " not known to activation-service after 30 s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void fail(String message) {
        System.err.println("propagation: " + message);
        System.exit(1);
    }
}
