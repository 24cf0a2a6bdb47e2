package com.licenseforge.common.database;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the database connection (server restarting, unreachable, shutting down) from a failure
 * of the statement. An outage passes: requests answer 503 meanwhile and consumers retry the same event
 * instead of dead-lettering it.
 */
public final class DatabaseOutage {

    /** SQLSTATE class 08 (connection exception) and the server shutting down or still starting up. */
    private static final String CONNECTION_CLASS = "08";
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    /** Wrappers (JTA, Hibernate, Agroal, CDI) nest a few levels deep; a cycle must not loop forever. */
    private static final int MAX_DEPTH = 32;

    /** The pool's own timeout carries no SQLSTATE: no connection could be had in time, none was created. */
    private static final String POOL_TIMEOUT = "Sorry, acquisition timeout";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes is a lost or refused database connection. */
    public static boolean isCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith(CONNECTION_CLASS) || SERVER_GOING_OR_COMING.contains(state));
    }

    private static boolean isPoolTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().startsWith(POOL_TIMEOUT);
    }
}
