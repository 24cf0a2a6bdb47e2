package com.licenseforge.issuer.licenses;

import com.licenseforge.common.staff.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ends the trials whose time ran out without a conversion, so their end is an event (mail, metrics) and not only
 * a date. Validation needs no scan: a trial answers {@code TRIAL_ENDED} from its end on, ended here or not.
 */
@ApplicationScoped
public class TrialEnds {

    static final int BATCH = 100;
    private static final Actor ACTOR = Actor.system("trial-ends");

    private final TrialRepository trials;
    private final TrialEnding ending;
    private final Clock clock;

    public TrialEnds(TrialRepository trials, TrialEnding ending, Clock clock) {
        this.trials = trials;
        this.ending = ending;
        this.clock = clock;
    }

    @Scheduled(identity = "trial-ends", every = "${licenseforge.trials.scan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        scan();
    }

    /** Ends every trial that ran out by now, a batch per transaction; answers how many. */
    public int scan() {
        int ended = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::endBatch);
            ended += batch;
        } while (batch == BATCH);
        return ended;
    }

    private int endBatch() {
        Instant now = clock.instant();
        List<Trial> runOut = trials.lockRunOut(now, BATCH);
        runOut.forEach(trial -> ending.end(trial, TrialStatus.ENDED, ACTOR, now));
        return runOut.size();
    }
}
