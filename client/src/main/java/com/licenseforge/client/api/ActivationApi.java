package com.licenseforge.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.licenseforge.client.CdKey;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The activation service's REST API for customer systems, one typed method per call. Thread-safe: build one
 * and share it. Every call times out, is retried by the {@link RetryPolicy}, and ends in its result, a
 * {@link RefusedException} (the service said no, with a typed {@link Refusal}) or an
 * {@link UnreachableException} (no usable answer).
 *
 * <pre>{@code
 * ActivationApi api = ActivationApi.builder(URI.create("https://activation.example.com")).build();
 * ActivationLease lease = api.activate(new ActivationRequest(serial, CdKey.of(typed), organizationId,
 *         "erp", "2.0.0", machine.fingerprint(), machine.components(), "erp-prod-01"));
 * }</pre>
 */
public final class ActivationApi {

    private static final String USER_AGENT = "licenseforge-client/1";

    private final Transport transport;
    private final ObjectMapper json = new ObjectMapper();

    private ActivationApi(Transport transport) {
        this.transport = transport;
    }

    /** A builder for the service at {@code baseUri} (scheme, host and port, e.g. {@code https://activation.example.com}). */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** What an activation would find and whether it would succeed; changes nothing. */
    public ActivationPreview preview(ActivationRequest request) {
        JsonNode body = read(transport.send(Transport.Call.json("POST", "/api/v1/activations/preview",
                activationBody(request))));
        JsonNode organization = body.path("organization");
        JsonNode binding = body.path("existingBinding");
        List<ActivationPreview.Warning> warnings = new ArrayList<>();
        body.path("warnings").forEach(w -> warnings.add(
                new ActivationPreview.Warning(Refusals.text(w, "code"), Refusals.text(w, "detail"))));
        String code = Refusals.text(body, "code");
        return new ActivationPreview(Refusals.text(body, "serial"), Refusals.text(body, "product"),
                Refusals.text(body, "productName"), Refusals.text(body, "accountName"),
                organization.isObject() ? new ActivationPreview.Organization(Refusals.uuid(organization, "id"),
                        Refusals.text(organization, "name")) : null,
                binding.isObject() ? new ActivationPreview.Binding(Refusals.uuid(binding, "organizationId"),
                        Refusals.text(binding, "organizationName"), Refusals.instant(binding, "boundAt")) : null,
                body.path("activationsUsed").asInt(), body.path("maxActivations").asInt(), List.copyOf(warnings),
                body.path("wouldSucceed").asBoolean(), Refusals.text(body, "detail"),
                code == null ? null : Refusals.of(code, body.path("data"), null));
    }

    /**
     * The organizations of the license's account, sorted by name (at most 500), to let the customer pick the one
     * to activate into instead of typing its id. Proven by the CD key: a wrong key counts as on activation.
     */
    public List<Organization> organizations(String serial, CdKey cdKey) {
        ObjectNode request = json.createObjectNode().put("serial", serial).put("cdKey", cdKey.reveal());
        JsonNode body = read(transport.send(Transport.Call.json("POST", "/api/v1/activations/organizations",
                write(request))));
        List<Organization> organizations = new ArrayList<>();
        body.forEach(o -> organizations.add(new Organization(Refusals.uuid(o, "id"), Refusals.text(o, "name"),
                Refusals.text(o, "taxId"), o.path("bound").asBoolean())));
        return List.copyOf(organizations);
    }

    /** Activates the serial on the machine; the same machine again answers the same activation ({@code created} false). */
    public ActivationLease activate(ActivationRequest request) {
        Transport.Answer answer = transport.send(Transport.Call.json("POST", "/api/v1/activations",
                activationBody(request)));
        return lease(answer, answer.status() == 201);
    }

    /**
     * The heartbeat, proven by the activation token the machine last received: whether the machine may go on
     * running, with a fresh lease when it may.
     *
     * @param productVersion  the running version, or null to leave the version out of the check
     * @param activationToken the machine's last activation token (it proves the machine holds the activation)
     */
    public Validation validate(String serial, String fingerprint, String productVersion, String activationToken) {
        return validate(serial, fingerprint, productVersion, "token", Objects.requireNonNull(activationToken, "token"));
    }

    /**
     * The heartbeat of a machine whose activation token lapsed or was lost, proven by the CD key; a wrong key
     * counts against this address like a wrong key on activation.
     */
    public Validation validate(String serial, String fingerprint, String productVersion, CdKey cdKey) {
        return validate(serial, fingerprint, productVersion, "cdKey", cdKey.reveal());
    }

    /**
     * An unproven check: the service only says whether this machine holds a live activation (anything else is
     * {@code NOT_ACTIVATED}) and hands out no token.
     */
    public Validation validate(String serial, String fingerprint, String productVersion) {
        return validate(serial, fingerprint, productVersion, null, null);
    }

    private Validation validate(String serial, String fingerprint, String productVersion, String proofField,
                                String proof) {
        ObjectNode body = json.createObjectNode().put("serial", serial).put("fingerprint", fingerprint);
        if (productVersion != null) {
            body.put("productVersion", productVersion);
        }
        if (proofField != null) {
            body.put(proofField, proof);
        }
        JsonNode answer = read(transport.send(Transport.Call.json("POST", "/api/v1/validations", write(body))));
        String code = Refusals.text(answer, "code");
        return new Validation(answer.path("valid").asBoolean(), code, Refusals.text(answer, "detail"),
                Refusals.text(answer, "token"), Refusals.instant(answer, "expiresAt"),
                Refusals.uuid(answer, "activationId"), "VALID".equals(code) ? null : Refusals.of(code, answer, null),
                Refusals.instant(answer, "leaseExpiresAt"), Refusals.instant(answer, "trialEndsAt"));
    }

    /**
     * Starts a trial of the product on this machine, with no credentials: a trial license of its own, activated
     * here. The CD key is in this answer only.
     *
     * @throws RefusedException {@link Refusal.TrialsDisabled}, {@link Refusal.TrialAlreadyUsed},
     *                          {@link Refusal.TooManyRequests}, {@link Refusal.ValidationFailed}
     */
    public TrialLease startTrial(TrialRequest request) {
        ObjectNode body = json.createObjectNode()
                .put("productCode", request.productCode())
                .put("productVersion", request.productVersion())
                .put("organizationName", request.organizationName())
                .put("contactEmail", request.contactEmail())
                .put("fingerprint", request.fingerprint());
        if (!request.components().isEmpty()) {
            body.set("components", json.valueToTree(request.components()));
        }
        if (request.hostname() != null) {
            body.put("hostname", request.hostname());
        }
        if (request.language() != null) {
            body.put("language", request.language());
        }
        JsonNode answer = read(transport.send(Transport.Call.json("POST", "/api/v1/trials", write(body))));
        return new TrialLease(Refusals.text(answer, "serial"), CdKey.of(Refusals.text(answer, "cdKey")),
                new ActivationLease(Refusals.uuid(answer, "activationId"), Refusals.text(answer, "token"),
                        Refusals.instant(answer, "expiresAt"), true, null),
                Refusals.instant(answer, "trialEndsAt"), Refusals.text(answer, "billingRef"));
    }

    /**
     * Takes a floating license's machine's lease out for offline use until {@code until} (at most the license's
     * {@code maxBorrow} ahead): the answer's token is good until then and the slot stays held. Checking in
     * ({@link #deactivate}) returns it early. Proven by the machine's activation token.
     */
    public ActivationLease borrow(UUID activationId, String activationToken, Instant until) {
        ObjectNode body = json.createObjectNode().put("token", Objects.requireNonNull(activationToken, "token"))
                .put("until", until.toString());
        return lease(transport.send(Transport.Call.json("POST", "/api/v1/activations/" + activationId
                + "/borrowings", write(body))), false);
    }

    /**
     * Ends the activation and frees its slot (a floating license's machine checks in, returning a borrowed lease
     * early); the CD key goes in the {@code X-CD-Key} header.
     */
    public void deactivate(UUID activationId, CdKey cdKey) {
        transport.send(new Transport.Call("DELETE", "/api/v1/activations/" + activationId, null, null,
                "X-CD-Key", cdKey.reveal()));
    }

    /**
     * Moves the activation to the machine's new fingerprint after a hardware change (limited per year).
     *
     * @param components the machine's named hardware parts now, or an empty map
     */
    public ActivationLease reregister(UUID activationId, CdKey cdKey, String newFingerprint,
                                      Map<String, String> components) {
        ObjectNode body = json.createObjectNode().put("cdKey", cdKey.reveal()).put("newFingerprint", newFingerprint);
        if (components != null && !components.isEmpty()) {
            body.set("components", json.valueToTree(components));
        }
        return lease(transport.send(Transport.Call.json("POST",
                "/api/v1/activations/" + activationId + "/reregistrations", write(body))), false);
    }

    /**
     * Sets the users holding {@code module}'s seats on this machine (replacing what it reported before). Adding
     * users beyond the license's seats is refused with {@link Refusal.ExcessSeatAssignments}; removing is always
     * accepted.
     */
    public Seats assignSeats(UUID activationId, String module, CdKey cdKey, Collection<String> users) {
        ObjectNode body = json.createObjectNode().put("cdKey", cdKey.reveal());
        body.set("users", json.valueToTree(List.copyOf(users)));
        JsonNode answer = read(transport.send(Transport.Call.json("PUT", "/api/v1/activations/" + activationId
                + "/seats/" + URLEncoder.encode(module, StandardCharsets.UTF_8).replace("+", "%20"), write(body))));
        return new Seats(Refusals.text(answer, "module"), answer.path("seats").asInt(), answer.path("assigned").asInt());
    }

    /** Releases every seat of {@code module} this machine holds. */
    public Seats releaseSeats(UUID activationId, String module, CdKey cdKey) {
        return assignSeats(activationId, module, cdKey, List.of());
    }

    /**
     * Posts an offline activation request file (made on the machine without a connection) and answers the
     * license file to carry back to it.
     */
    public String activateOffline(String requestFile) {
        return transport.send(new Transport.Call("POST", "/api/v1/offline/activations", requestFile, "text/plain",
                null, null)).body();
    }

    /** The service's current public keys (JWKS JSON), to compare with the keys pinned in the product. */
    public String jwks() {
        return transport.send(Transport.Call.get("/.well-known/jwks.json")).body();
    }

    private String activationBody(ActivationRequest request) {
        ObjectNode body = json.createObjectNode()
                .put("serial", request.serial())
                .put("cdKey", request.cdKey().reveal())
                .put("organizationId", request.organizationId().toString())
                .put("productCode", request.productCode())
                .put("productVersion", request.productVersion())
                .put("fingerprint", request.fingerprint());
        if (!request.components().isEmpty()) {
            body.set("components", json.valueToTree(request.components()));
        }
        if (request.hostname() != null) {
            body.put("hostname", request.hostname());
        }
        return write(body);
    }

    private ActivationLease lease(Transport.Answer answer, boolean created) {
        JsonNode body = read(answer);
        return new ActivationLease(Refusals.uuid(body, "activationId"), Refusals.text(body, "token"),
                Refusals.instant(body, "expiresAt"), created, Refusals.instant(body, "leaseExpiresAt"));
    }

    private JsonNode read(Transport.Answer answer) {
        return transport.problem(answer.body());
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of a request", e);
        }
    }

    /** Configures the client; every setting has a sensible default. */
    public static final class Builder {

        private final URI baseUri;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private HttpClient httpClient;

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        /** How long to wait for a connection (default 10 s); ignored with {@link #httpClient}. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How long one attempt may take until its answer (default 30 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Retries of calls that time may fix (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** An HTTP client of the application's own (proxy, TLS settings); by default one is made. */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client);
            return this;
        }

        /** The client; thread-safe, meant to be shared. */
        public ActivationApi build() {
            HttpClient client = httpClient != null ? httpClient : HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            return new ActivationApi(new Transport(client, baseUri, requestTimeout, retryPolicy, USER_AGENT));
        }
    }
}
