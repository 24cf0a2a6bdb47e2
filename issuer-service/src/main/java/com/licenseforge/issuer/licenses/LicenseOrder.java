package com.licenseforge.issuer.licenses;

import com.licenseforge.common.problem.ProblemException;
import io.quarkus.panache.common.Sort;

import java.util.List;

/**
 * The orders a license list can be asked for: a field, ascending, or descending with a leading {@code -}. Ties
 * are broken by id so that pages never overlap; perpetual licenses (no expiry) come after dated ones either way.
 */
public record LicenseOrder(String field, boolean descending) {

    public static final LicenseOrder NEWEST_FIRST = new LicenseOrder("createdAt", true);
    private static final List<String> FIELDS = List.of("createdAt", "expiresAt", "serial", "updatedAt");

    public static LicenseOrder parse(String name, String value) {
        if (value == null) {
            return NEWEST_FIRST;
        }
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        if (!FIELDS.contains(field)) {
            throw ProblemException.validation(name, "must be one of " + String.join(", ", FIELDS)
                    + ", each optionally preceded by - for descending order");
        }
        return new LicenseOrder(field, descending);
    }

    Sort sort() {
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(field, direction, Sort.NullPrecedence.NULLS_LAST).and("id");
    }
}
