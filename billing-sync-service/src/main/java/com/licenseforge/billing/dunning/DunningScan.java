package com.licenseforge.billing.dunning;

import com.licenseforge.billing.config.BillingConfig;
import com.licenseforge.billing.standing.LicenseStandingRepository;
import com.licenseforge.billing.standing.LicenseStandingRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The dunning clock: moves licenses whose invoices went past due to {@code PAST_DUE}, and past-due licenses
 * whose grace ran out to {@code SUSPENDED}. Every replica scans; each license is decided in a transaction of
 * its own under a row lock taken with {@code SKIP LOCKED}, with its event in the same transaction, so
 * replicas never decide one license twice and a crash mid-scan leaves only whole decisions behind.
 */
@ApplicationScoped
public class DunningScan {

    private static final Logger LOG = Logger.getLogger(DunningScan.class);

    private final LicenseStandingRepository standings;
    private final StandingReassessment reassessment;
    private final BillingConfig config;
    private final Clock clock;

    public DunningScan(LicenseStandingRepository standings, StandingReassessment reassessment, BillingConfig config, Clock clock) {
        this.standings = standings;
        this.reassessment = reassessment;
        this.config = config;
        this.clock = clock;
    }

    void announce(@Observes StartupEvent event) {
        LOG.infof("dunning scan every %s, grace %s", config.scanInterval(), config.grace());
    }

    @Scheduled(identity = "dunning-scan", every = "${licenseforge.billing.scan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        int changed = scan();
        if (changed > 0) {
            LOG.infof("dunning scan changed the standing of %d license(s)", changed);
        }
    }

    /** Decides every license the clock may have moved; returns how many changed standing in this call. */
    public int scan() {
        List<UUID> candidates = QuarkusTransaction.requiringNew()
                .call(() -> standings.dueForReassessment(clock.instant()));
        int changed = 0;
        for (UUID licenseId : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> reassessment.reassessIfFree(licenseId))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                // one failing license must not hold back the others; the next scan tries it again
                LOG.warnf(e, "dunning scan: license %s could not be decided", licenseId);
            }
        }
        return changed;
    }
}
