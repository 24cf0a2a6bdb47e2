package com.licenseforge.activation.trials;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.TrialPolicy;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a trial may start: the product's policy allows trials, and neither this machine, nor a machine whose
 * components this one mostly shares (the re-registration rule: a new machine id alone does not make a new
 * machine), nor this person (the normalised contact e-mail) had the product's trial before. Each refusal counts.
 */
@ApplicationScoped
public class TrialRules {

    private final CatalogueRepository catalogue;
    private final TrialRepository trials;
    private final TrialMetrics metrics;

    public TrialRules(CatalogueRepository catalogue, TrialRepository trials, TrialMetrics metrics) {
        this.catalogue = catalogue;
        this.trials = trials;
        this.metrics = metrics;
    }

    /** The policy a trial of the product starts by; 403 TRIALS_DISABLED when there is none in force. */
    public TrialPolicy policy(String productCode) {
        Optional<TrialPolicy> policy = catalogue.trialPolicy(productCode).filter(p -> p.enabled);
        if (policy.isEmpty()) {
            if (catalogue.product(productCode).isPresent()) {
                metrics.refused(productCode, "disabled");
            }
            throw new ProblemException(403, Codes.TRIALS_DISABLED, "no trials are offered for product " + productCode);
        }
        return policy.get();
    }

    /** Refuses with 409 TRIAL_ALREADY_USED, naming by what, when the product's trial was used; call under its lock. */
    public void requireUnused(String productCode, String fingerprintHash, Map<String, String> components, String emailKey) {
        if (trials.findByMachine(productCode, fingerprintHash).isPresent()) {
            throw used(productCode, "machine", "this machine already had a trial of " + productCode);
        }
        if (trials.findByComponents(productCode, components).isPresent()) {
            throw used(productCode, "components", "a machine with mostly the same hardware already had a trial of "
                    + productCode);
        }
        if (trials.findByEmail(productCode, emailKey).isPresent()) {
            throw used(productCode, "email", "this contact e-mail already had a trial of " + productCode);
        }
    }

    private ProblemException used(String productCode, String by, String detail) {
        metrics.refused(productCode, by);
        return new ProblemException(409, Codes.TRIAL_ALREADY_USED, detail + "; a paid license continues it")
                .with("usedBy", by);
    }
}
