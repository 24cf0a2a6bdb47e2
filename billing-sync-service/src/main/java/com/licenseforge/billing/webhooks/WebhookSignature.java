package com.licenseforge.billing.webhooks;

import com.licenseforge.billing.config.BillingConfig;
import com.licenseforge.billing.vocabulary.Codes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks {@code Billing-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} over the raw body bytes.
 * Any configured secret may have signed (rotation), comparisons take constant time, and a timestamp further
 * than the tolerance from now, either way, is refused as a possible replay. Neither secrets nor signatures
 * are ever logged or echoed.
 */
@ApplicationScoped
public class WebhookSignature {

    public static final String HEADER = "Billing-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> secrets;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookSignature(BillingConfig config, Clock clock) {
        this.secrets = config.webhookSecrets().stream()
                .map(String::trim)
                .filter(secret -> !secret.isEmpty())
                .map(secret -> new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM))
                .toList();
        if (secrets.isEmpty()) {
            throw new IllegalStateException("licenseforge.billing.webhook-secrets (BILLING_WEBHOOK_SECRET) is empty");
        }
        this.tolerance = config.signatureTolerance();
        this.clock = clock;
    }

    public void verify(String header, byte[] body) {
        Signed signed = Signed.parse(header);
        boolean matched = false;
        for (SecretKeySpec secret : secrets) {
            byte[] expected = hmac(secret, signed.timestamp(), body);
            for (byte[] candidate : signed.signatures()) {
                // no early exit: the time taken does not tell which secret or candidate matched
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        if (!matched) {
            throw invalid("the signature does not match the body");
        }
        if (!isRecent(signed.timestamp())) {
            throw new ProblemException(401, Codes.STALE_SIGNATURE,
                    HEADER + " timestamp is more than " + tolerance + " away from now");
        }
    }

    /** Within the tolerance of now either way; any number of seconds is compared without overflow. */
    private boolean isRecent(long timestamp) {
        try {
            long skew = Math.subtractExact(clock.instant().getEpochSecond(), timestamp);
            return Math.abs(skew) <= tolerance.toSeconds() && skew != Long.MIN_VALUE;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static byte[] hmac(SecretKeySpec secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(401, Codes.INVALID_SIGNATURE, detail);
    }

    /** The header's parts: one timestamp, one or more {@code v1} signatures; unknown schemes are skipped. */
    private record Signed(long timestamp, List<byte[]> signatures) {

        static Signed parse(String header) {
            if (header == null || header.isBlank()) {
                throw invalid(HEADER + " header is missing");
            }
            Long timestamp = null;
            List<byte[]> signatures = new ArrayList<>();
            for (String part : header.split(",")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length != 2) {
                    continue;
                }
                try {
                    switch (pair[0]) {
                        case "t" -> timestamp = Long.parseLong(pair[1]);
                        case "v1" -> signatures.add(HexFormat.of().parseHex(pair[1]));
                        default -> {
                            // other schemes may be added by the provider; v1 is the one checked
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw invalid(HEADER + " header is malformed");
                }
            }
            if (timestamp == null || signatures.isEmpty()) {
                throw invalid(HEADER + " header needs t=<unix seconds> and v1=<hex signature>");
            }
            return new Signed(timestamp, signatures);
        }
    }
}
