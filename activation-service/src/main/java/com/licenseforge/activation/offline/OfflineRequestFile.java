package com.licenseforge.activation.offline;

import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the activation request file a machine without a connection produces (format in OFFLINE.md): an
 * armored block of {@code Name: value} lines, the same fields as an online activation but, instead of the CD
 * key, a nonce, the time of the request and a proof of the key over the other lines. Bad input names the
 * file's own line names.
 */
@ApplicationScoped
public class OfflineRequestFile {

    /** How old a request may be, and how far ahead of this server's clock the requesting machine's may be. */
    private static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String BEGIN = "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----";
    private static final String END = "-----END LICENSEFORGE ACTIVATION REQUEST-----";
    /** Far above a real request (a dozen lines, at most 20 components), far below what costs noticeable time. */
    public static final int MAX_LENGTH = 16 * 1024;
    private static final int MAX_LINES = 64;
    private static final String CD_KEY = "CD-Key";
    private static final String ISSUED_AT = "Issued-At";
    private static final String SIGNATURE = "Signature";
    /** The previous format's credential line, accepted during its transition (OFFLINE.md). */
    private static final String PROOF = "Proof";
    /** Request record property → the line that carries it in the file. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("serial", "Serial"),
            Map.entry("organizationId", "Organization"), Map.entry("productCode", "Product"),
            Map.entry("productVersion", "Version"), Map.entry("fingerprint", "Fingerprint"),
            Map.entry("hostname", OfflineProof.HOSTNAME), Map.entry("components", OfflineProof.COMPONENT + "*"),
            Map.entry("nonce", "Nonce"), Map.entry("issuedAt", ISSUED_AT), Map.entry("signature", SIGNATURE),
            Map.entry("proof", PROOF));

    private final Validator validator;
    private final Clock clock;

    public OfflineRequestFile(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public OfflineRequest parse(String file) {
        Map<String, String> lines = lines(file);
        Map<String, String> components = new LinkedHashMap<>();
        lines.forEach((name, value) -> {
            if (name.startsWith(OfflineProof.COMPONENT)) {
                components.put(name.substring(OfflineProof.COMPONENT.length()), value);
            }
        });
        // a request lacking a signed line has no canonical form; validation names the missing line
        String canonical = lines.keySet().containsAll(OfflineProof.SIGNED_LINES)
                ? OfflineProof.canonicalRequest(lines) : null;
        OfflineRequest request = new OfflineRequest(lines.get("Serial"), organization(lines.get("Organization")),
                lines.get("Product"), lines.get("Version"), lines.get("Fingerprint"),
                components.isEmpty() ? null : components, lines.get(OfflineProof.HOSTNAME), lines.get("Nonce"),
                instant(lines.get(ISSUED_AT)), lines.get(SIGNATURE), lines.get(PROOF), canonical);
        requireValid(request);
        requireOneCredential(request);
        requireRecent(request.issuedAt());
        return request;
    }

    /** A request is signed (current format) or proven (previous format), never both: which one counts is not guessed. */
    private static void requireOneCredential(OfflineRequest request) {
        if (request.signature() != null && request.proof() != null) {
            throw ProblemException.validation(PROOF, "must not be in a file with a Signature line");
        }
        if (request.signature() == null && request.proof() == null) {
            throw ProblemException.validation(SIGNATURE, "must not be blank");
        }
    }

    /**
     * The block's lines by name, component names lower-cased; a line with an empty value counts as absent. A
     * line may appear once, and the CD key never: the file is carried around, the key stays on the machine.
     * One pass over a bounded file, so no input makes it slow.
     */
    private static Map<String, String> lines(String file) {
        if (file != null && file.length() > MAX_LENGTH) {
            throw new ProblemException(413, ErrorCodes.PAYLOAD_TOO_LARGE,
                    "an activation request file is at most " + MAX_LENGTH + " characters");
        }
        List<String> block = block(file == null ? "" : file);
        if (block.size() > MAX_LINES) {
            throw ProblemException.validation("body", "has more than " + MAX_LINES + " lines");
        }
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : block) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (colon <= 0) {
                throw ProblemException.validation("body", "a line is not \"Name: value\"");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!isPrintable(name)) {
                throw ProblemException.validation("body", "a line name holds a control character");
            }
            if (name.equalsIgnoreCase(CD_KEY)) {
                throw ProblemException.validation(CD_KEY, "must not be in the file: the CD key stays on the machine "
                        + "and the Signature line proves it");
            }
            if (name.startsWith(OfflineProof.COMPONENT)) {
                name = OfflineProof.COMPONENT
                        + name.substring(OfflineProof.COMPONENT.length()).toLowerCase(Locale.ROOT);
            }
            if (!isPrintable(value)) {
                throw ProblemException.validation(name, "must not contain control characters");
            }
            if (lines.containsKey(name)) {
                throw ProblemException.validation(name, "appears more than once");
            }
            if (!value.isEmpty()) {
                lines.put(name, value);
            }
        }
        return lines;
    }

    /** The lines between the first BEGIN line and the END line after it. */
    static List<String> block(String file) {
        List<String> block = null;
        for (String line : file.split("\r\n|\r|\n", -1)) {
            if (block == null) {
                if (line.strip().equals(BEGIN)) {
                    block = new ArrayList<>();
                }
            } else if (line.strip().equals(END)) {
                return block;
            } else {
                block.add(line);
            }
        }
        throw ProblemException.validation("body", "is not a LicenseForge activation request file");
    }

    private static boolean isPrintable(String text) {
        return text.chars().noneMatch(Character::isISOControl);
    }

    private static UUID organization(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("Organization", "is not an organization id");
        }
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(ISSUED_AT,
                    "is not an ISO-8601 UTC instant such as 2026-11-24T10:00:00Z");
        }
    }

    /** An old request is not honoured, so a file found later cannot be used again. */
    private void requireRecent(Instant issuedAt) {
        Instant now = clock.instant();
        if (issuedAt.isBefore(now.minus(MAX_AGE))) {
            throw ProblemException.validation(ISSUED_AT, "is more than " + MAX_AGE.toDays()
                    + " days ago; make a new request file");
        }
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.validation(ISSUED_AT, "is in the future; check the machine's clock");
        }
    }

    private void requireValid(OfflineRequest request) {
        List<Map<String, String>> errors = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Map.of("field", line(v), "message", v.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ErrorCodes.VALIDATION_FAILED, errors.stream()
                    .map(e -> e.get("field") + " " + e.get("message")).reduce((a, b) -> a + "; " + b).orElseThrow())
                    .with("errors", errors);
        }
    }

    private static String line(ConstraintViolation<OfflineRequest> violation) {
        String property = violation.getPropertyPath().iterator().next().getName();
        return FIELDS.getOrDefault(property, property);
    }
}
