package com.licenseforge.common.observability;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id that ties log lines, audit entries and the events of one change together. A caller's id is
 * kept when it is at most 200 printable ASCII characters (it lands in logs and Kafka headers, so no control
 * characters or line breaks); otherwise a fresh one is generated.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, the JSON log field and the Kafka header name. */
    public static final String KEY = "requestId";

    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private RequestIds() {
    }

    /** {@code presented} if it is usable, else a new random id. */
    public static String acceptOrGenerate(String presented) {
        String id = presented == null ? null : presented.strip();
        return isUsable(id) ? id : UUID.randomUUID().toString();
    }

    /** True for an id this service would accept as it is; headers from other services are checked the same way. */
    public static boolean isUsable(String id) {
        return id != null && !id.isBlank() && PRINTABLE.matcher(id).matches();
    }

    /** The request id of the work on this thread (or Vert.x context), or null. */
    public static String current() {
        Object id = MDC.get(KEY);
        return id == null ? null : id.toString();
    }

    /** Makes {@code id} the current request id; null clears it. */
    public static void use(String id) {
        if (id == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, id);
        }
    }
}
