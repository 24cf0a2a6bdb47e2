package com.licenseforge.issuer.service;

import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.domain.IdempotencyRecord;
import com.licenseforge.issuer.repository.IdempotencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys of staff requests. Each step commits on its own, so a claim is visible to a concurrent
 * repeat at once and a failed first attempt can be retried with the same key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    public static final String REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String IN_PROGRESS = "IDEMPOTENCY_KEY_IN_PROGRESS";

    private final IdempotencyRepository records;

    public IdempotencyKeys(IdempotencyRepository records) {
        this.records = records;
    }

    public record Outcome(int status, String body, String location) {
    }

    /** Empty when this request is the first with the key; otherwise the outcome to replay. */
    public Optional<Outcome> claim(String actor, String key, String operation, String requestHash) {
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.validation("Idempotency-Key", "must be 1 to 200 characters");
        }
        if (records.claim(actor, key, operation, requestHash)) {
            return Optional.empty();
        }
        IdempotencyRecord earlier = records.findById(new IdempotencyRecord.Id(actor, key));
        if (!earlier.requestHash.equals(requestHash)) {
            throw new ProblemException(422, REUSED,
                    "this Idempotency-Key was used for a different request");
        }
        if (earlier.status == null) {
            throw new ProblemException(Response.Status.CONFLICT, IN_PROGRESS,
                    "the first request with this Idempotency-Key is still running").header("Retry-After", "1");
        }
        return Optional.of(new Outcome(earlier.status, earlier.responseBody, earlier.location));
    }

    public void complete(String actor, String key, int status, String body, String location) {
        IdempotencyRecord record = records.findById(new IdempotencyRecord.Id(actor, key));
        record.status = status;
        record.responseBody = body;
        record.location = location;
    }

    /** Forgets a key whose first request failed, so the client may retry it. */
    public void release(String actor, String key) {
        records.deleteById(new IdempotencyRecord.Id(actor, key));
    }

    public static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
