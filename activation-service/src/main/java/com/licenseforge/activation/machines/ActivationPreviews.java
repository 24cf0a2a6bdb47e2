package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Refusal;
import com.licenseforge.activation.credentials.CredentialThrottle;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an activation would find and whether it would succeed, without taking the license row lock. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivationPreviews {

    private static final Duration EXPIRY_NOTICE = Duration.ofDays(30);

    private final LicenseFactsLoader facts;
    private final ActivationChecks checks;
    private final CredentialThrottle throttle;
    private final CredentialGate gate;
    private final CatalogueRepository catalogue;

    public ActivationPreviews(LicenseFactsLoader facts, ActivationChecks checks, CredentialThrottle throttle,
                              CredentialGate gate, CatalogueRepository catalogue) {
        this.facts = facts;
        this.checks = checks;
        this.throttle = throttle;
        this.gate = gate;
        this.catalogue = catalogue;
    }

    /** What an activation would find and whether it would succeed; refuses only bad input and bad credentials. */
    public ActivationPreview preview(ActivationRequest request, String clientAddress) {
        ActivationIntent intent = request.intent();
        LicenseFacts known = facts.forActivation(gate.admit(intent, () -> facts.license(intent.serial(), false), clientAddress), intent);
        Optional<Refusal> refusal = checks.activation(intent, known);
        if (refusal.isPresent() && refusal.get().isAboutTheRequest()) {
            throw throttle.refuse(refusal.get(), intent.serial(), known.known(), clientAddress);
        }
        return describe(intent, known, refusal);
    }

    private ActivationPreview describe(ActivationIntent intent, LicenseFacts known, Optional<Refusal> refusal) {
        License license = known.license();
        ActivationPreview.Binding binding = license.boundOrganizationId == null ? null
                : new ActivationPreview.Binding(license.boundOrganizationId,
                catalogue.organization(license.boundOrganizationId).map(o -> o.name).orElse(null), license.boundAt);
        return new ActivationPreview(license.serial, license.productCode,
                catalogue.product(license.productCode).map(p -> p.name).orElse(null),
                catalogue.account(license.accountId).map(a -> a.name).orElse(null),
                new ActivationPreview.OrganizationRef(intent.organizationId(),
                        catalogue.organization(intent.organizationId()).map(o -> o.name).orElse(null)),
                binding, known.activeCount(), license.maxActivations, warnings(intent, known),
                refusal.isEmpty(), refusal.map(Refusal::code).orElse(null), refusal.map(Refusal::detail).orElse(null),
                refusal.map(Refusal::data).filter(data -> !data.isEmpty()).orElse(null));
    }

    private static List<ActivationPreview.Warning> warnings(ActivationIntent intent, LicenseFacts known) {
        License license = known.license();
        List<ActivationPreview.Warning> warnings = new ArrayList<>();
        Optional<Activation> existing = known.machineOf(intent);
        if (existing.isPresent() && existing.get().fingerprintHash.equals(intent.fingerprintHash())) {
            warnings.add(new ActivationPreview.Warning("ALREADY_ACTIVATED",
                    "this machine is already activated; activating again returns activation " + existing.get().id));
        } else if (existing.isPresent()) {
            warnings.add(new ActivationPreview.Warning("REREGISTERS_MACHINE", "most hardware components match "
                    + "activation " + existing.get().id + "; activating re-registers it on the new fingerprint"));
        } else if (known.activeCount() == license.maxActivations - 1) {
            warnings.add(new ActivationPreview.Warning("LAST_SLOT",
                    "this activation takes the last of " + license.maxActivations + " slots"));
        }
        if (license.boundOrganizationId == null) {
            warnings.add(new ActivationPreview.Warning("BINDS_ORGANIZATION", "the first activation binds the license to "
                    + "organization " + intent.organizationId() + "; only support can move it afterwards"));
        }
        if (license.expiresAt != null && license.expiresAt.isBefore(known.now().plus(EXPIRY_NOTICE))) {
            warnings.add(new ActivationPreview.Warning("EXPIRES_SOON", "the license expires at " + license.expiresAt));
        }
        return warnings;
    }
}
