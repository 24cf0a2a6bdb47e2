package com.licenseforge.activation.service;

import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the activation request file a machine without a connection produces (format in OFFLINE.md): an
 * armored block of {@code Name: value} lines, the same fields as an online activation. Bad input names the
 * file's own field names.
 */
@ApplicationScoped
public class OfflineRequestFile {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN LICENSEFORGE ACTIVATION REQUEST-----\\R(.*?)\\R?-----END LICENSEFORGE ACTIVATION REQUEST-----",
            Pattern.DOTALL);
    private static final String COMPONENT = "Component-";
    /** Request record property → the line that carries it in the file. */
    private static final Map<String, String> FIELDS = Map.of("serial", "Serial", "cdKey", "CD-Key",
            "organizationId", "Organization", "productCode", "Product", "productVersion", "Version",
            "fingerprint", "Fingerprint", "hostname", "Hostname", "components", COMPONENT + "*");

    private final Validator validator;

    public OfflineRequestFile(Validator validator) {
        this.validator = validator;
    }

    public ActivationRequest parse(String file) {
        Matcher block = BLOCK.matcher(file == null ? "" : file.replace("\r\n", "\n"));
        if (!block.find()) {
            throw ProblemException.validation("body", "is not a LicenseForge activation request file");
        }
        Map<String, String> lines = new LinkedHashMap<>();
        Map<String, String> components = new LinkedHashMap<>();
        for (String line : block.group(1).split("\\R")) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (colon <= 0) {
                throw ProblemException.validation("body", "line \"" + line.strip() + "\" is not \"Name: value\"");
            }
            String name = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (name.startsWith(COMPONENT)) {
                components.put(name.substring(COMPONENT.length()).toLowerCase(), value);
            } else {
                lines.put(name, value);
            }
        }
        ActivationRequest request = new ActivationRequest(lines.get("Serial"), lines.get("CD-Key"),
                organization(lines.get("Organization")), lines.get("Product"), lines.get("Version"),
                lines.get("Fingerprint"), components.isEmpty() ? null : components, lines.get("Hostname"));
        requireValid(request);
        return request;
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

    private void requireValid(ActivationRequest request) {
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

    private static String line(ConstraintViolation<ActivationRequest> violation) {
        String property = violation.getPropertyPath().iterator().next().getName();
        return FIELDS.getOrDefault(property, property);
    }
}
