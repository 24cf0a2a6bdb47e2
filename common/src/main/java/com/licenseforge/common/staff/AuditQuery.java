package com.licenseforge.common.staff;

import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.http.QueryParameters;

import java.time.Instant;

/** A search of the audit trail, every filter optional; {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(String serial, String actor, Instant from, Instant to, int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;
    private static final int MAX_ACTOR = 200;

    /** The query as the caller wrote it; every malformed or out-of-range value is 400 VALIDATION_FAILED. */
    public static AuditQuery parse(String serial, String actor, String from, String to, String page, String size) {
        Instant since = QueryParameters.instant("from", from);
        Instant until = QueryParameters.instant("to", to);
        if (since != null && until != null && !until.isAfter(since)) {
            throw ProblemException.validation("to", "must be after from");
        }
        return new AuditQuery(serial == null ? null : Serial.require("serial", serial),
                QueryParameters.text("actor", actor, MAX_ACTOR), since, until,
                QueryParameters.integer("page", page, 0, 0, QueryParameters.MAX_PAGE),
                QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }
}
