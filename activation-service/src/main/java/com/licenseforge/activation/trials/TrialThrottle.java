package com.licenseforge.activation.trials;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.config.ActivationConfig;
import com.licenseforge.common.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Trial starts per client address, counted like wrong credentials: an address that made {@code startsPerAddress}
 * within the window is refused until the oldest of them leaves it. Only the address that made them is ever
 * refused, so nobody can keep a stranger from starting a trial; the client address is the one the trusted proxies
 * report. Each start counts in its own transaction, refused or not, so refusals cost the prober too.
 */
@ApplicationScoped
public class TrialThrottle implements PanacheRepositoryBase<TrialAttempt, Long> {

    private final ActivationConfig.Trials config;
    private final Clock clock;

    public TrialThrottle(ActivationConfig config, Clock clock) {
        this.config = config.trials();
        this.clock = clock;
    }

    /** Counts this start, first refusing it with 429 TOO_MANY_REQUESTS when the address used up its starts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void admit(String clientAddress) {
        Instant now = clock.instant();
        delete("attemptedAt < ?1", now.minus(config.window()));
        List<TrialAttempt> recent = find("clientAddress = ?1 and attemptedAt >= ?2 order by attemptedAt desc",
                clientAddress, now.minus(config.window())).page(0, config.startsPerAddress()).list();
        if (recent.size() >= config.startsPerAddress()) {
            Instant until = recent.get(recent.size() - 1).attemptedAt.plus(config.window());
            long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
            throw new ProblemException(429, Codes.TOO_MANY_REQUESTS,
                    "too many trial starts from this address; try again in " + seconds + " seconds")
                    .with("retryAfterSeconds", seconds)
                    .header("Retry-After", String.valueOf(seconds));
        }
        TrialAttempt attempt = new TrialAttempt();
        attempt.clientAddress = clientAddress;
        attempt.attemptedAt = now;
        persist(attempt);
    }
}
