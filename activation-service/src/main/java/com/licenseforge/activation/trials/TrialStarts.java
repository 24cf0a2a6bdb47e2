package com.licenseforge.activation.trials;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.machines.ActivationEvents;
import com.licenseforge.activation.machines.ActivationIntent;
import com.licenseforge.activation.machines.ActivationService;
import com.licenseforge.activation.machines.OneTimeRequest;
import com.licenseforge.activation.readmodel.ReadModel;
import com.licenseforge.activation.readmodel.TrialPolicy;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Starts a trial in one transaction (docs/decisions.md, "Trials start where customers are answered"): under the
 * product's trial lock the rules are checked, the trial license minted into the read model, activated on the
 * machine through the ordinary activation, the trial recorded (its unique indexes are the last guard) and
 * {@code activation.trial-started} put in the outbox for the issuer to adopt. Either all of it commits or none.
 */
@ApplicationScoped
public class TrialStarts {

    private final TrialThrottle throttle;
    private final TrialRules rules;
    private final TrialRepository trials;
    private final TrialMint mint;
    private final ReadModel readModel;
    private final ActivationService activations;
    private final ActivationEvents events;
    private final TrialMetrics metrics;

    public TrialStarts(TrialThrottle throttle, TrialRules rules, TrialRepository trials, TrialMint mint,
                       ReadModel readModel, ActivationService activations, ActivationEvents events,
                       TrialMetrics metrics) {
        this.throttle = throttle;
        this.rules = rules;
        this.trials = trials;
        this.mint = mint;
        this.readModel = readModel;
        this.activations = activations;
        this.events = events;
        this.metrics = metrics;
    }

    /** The trial and its activation; the CD key exists in clear only here and in the answer. */
    public record Started(TrialStarted trial, String cdKey, ActivationService.Activated activated) {
    }

    @Transactional
    public Started start(TrialRequest request, String clientAddress, String language) {
        String contactEmail = ContactEmail.require("contactEmail", request.contactEmail());
        String fingerprintHash = CustomerInput.fingerprintHash("fingerprint", request.fingerprint());
        String productVersion = request.productVersion().strip();
        String organizationName = request.organizationName().strip();
        if (organizationName.isEmpty()) {
            throw ProblemException.validation("organizationName", "must not be blank");
        }
        throttle.admit(clientAddress);
        TrialPolicy policy = rules.policy(request.productCode());
        trials.lockProduct(policy.productCode);
        String emailKey = ContactEmail.key(contactEmail);
        rules.requireUnused(policy.productCode, fingerprintHash, request.components(), emailKey);

        TrialMint.Minted minted = mint.mint(policy, organizationName, contactEmail, language);
        TrialStarted started = minted.trial();
        readModel.trial(started);
        ActivationService.Activated activated = activations.activate(new ActivationIntent(started.serial(),
                new Credential.Key(minted.cdKey()), started.organizationId(), started.productCode(), productVersion,
                fingerprintHash, request.components(), request.hostname()), clientAddress, OneTimeRequest.NONE);

        Trial trial = new Trial();
        trial.id = UUID.randomUUID();
        trial.productCode = started.productCode();
        trial.licenseId = started.licenseId();
        trial.fingerprintHash = fingerprintHash;
        trial.emailKey = emailKey;
        trial.components = request.components();
        trial.componentKeys = TrialRepository.keys(started.productCode(), request.components());
        trial.clientAddress = clientAddress;
        trial.startedAt = started.startedAt();
        trial.endsAt = started.trialEndsAt();
        trials.persist(trial);
        events.trialStarted(started);
        metrics.started(started.productCode());
        return new Started(started, minted.cdKey(), activated);
    }
}
