package com.licenseforge.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A floating license's slot held by this program while it runs ({@link Licensing#checkout}): the heartbeat
 * renews the lease at half the license's interval (± a tenth of it), and the slot is checked in when the session is
 * closed or, if it never is, when the JVM exits normally. A crash checks nothing in: the service culls the lease
 * once it ends and its grace has passed.
 */
public final class FloatingSession implements AutoCloseable {

    private final Licensing licensing;
    private final CdKey cdKey;
    private final Heartbeat heartbeat;
    private final Thread checkInAtExit;
    private boolean closed;

    private FloatingSession(Licensing licensing, CdKey cdKey, Heartbeat heartbeat) {
        this.licensing = licensing;
        this.cdKey = cdKey;
        this.heartbeat = heartbeat;
        this.checkInAtExit = new Thread(this::checkIn, "licenseforge-check-in");
    }

    static FloatingSession start(Licensing licensing, CdKey cdKey, Duration interval, HeartbeatListener listener) {
        Duration every = Objects.requireNonNull(interval, "the token names no heartbeat interval").dividedBy(2);
        FloatingSession session = new FloatingSession(licensing, cdKey,
                licensing.startHeartbeat(every, every.dividedBy(5), listener));
        Runtime.getRuntime().addShutdownHook(session.checkInAtExit);
        return session;
    }

    /** The licensing the session runs on: {@link Licensing#status()} says whether the program may run. */
    public Licensing licensing() {
        return licensing;
    }

    /** Stops the heartbeat and checks the slot in at once; closing twice changes nothing. */
    @Override
    public void close() {
        if (checkIn()) {
            try {
                Runtime.getRuntime().removeShutdownHook(checkInAtExit);
            } catch (IllegalStateException exiting) {
                // the JVM is shutting down: the hook is running or ran
            }
        }
    }

    private synchronized boolean checkIn() {
        if (closed) {
            return false;
        }
        closed = true;
        heartbeat.close();
        licensing.checkIn(cdKey);
        return true;
    }
}
