package com.licenseforge.issuer.idempotency;

import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys of staff requests. A claim commits on its own, so it is visible to a concurrent repeat at
 * once; the outcome is recorded in the transaction of the request's effect, so either both exist or neither,
 * and a claim left by a request that died before committing can be taken over once it is old enough.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    public static final String REUSED = ErrorCodes.IDEMPOTENCY_KEY_REUSED;
    public static final String IN_PROGRESS = ErrorCodes.IDEMPOTENCY_KEY_IN_PROGRESS;
    /** Far longer than any staff request runs. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final IdempotencyRepository records;
    private final Clock clock;

    public IdempotencyKeys(IdempotencyRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public record Outcome(int status, String body, String location) {
    }

    /** Empty when this request is the first with the key; otherwise the outcome to replay. */
    public Optional<Outcome> claim(String actor, String key, String operation, String requestHash) {
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.validation("Idempotency-Key", "must be 1 to 200 characters");
        }
        Instant now = clock.instant();
        if (records.claim(actor, key, operation, requestHash, now)
                || records.takeOver(actor, key, requestHash, now.minus(ABANDONED_AFTER), now)) {
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

    @Transactional(Transactional.TxType.MANDATORY)
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
