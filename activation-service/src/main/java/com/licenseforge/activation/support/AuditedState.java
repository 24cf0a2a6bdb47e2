package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.ActivationRepository;
import com.licenseforge.activation.machines.ReregistrationAllowance;
import com.licenseforge.activation.readmodel.License;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a support action can change about a serial, as its audit entry records it before and after. */
@ApplicationScoped
public class AuditedState {

    private final ActivationRepository activations;
    private final ReregistrationAllowance reregistrations;
    private final AccountTransferRepository transfers;
    private final Clock clock;

    public AuditedState(ActivationRepository activations, ReregistrationAllowance reregistrations,
                        AccountTransferRepository transfers, Clock clock) {
        this.activations = activations;
        this.reregistrations = reregistrations;
        this.transfers = transfers;
        this.clock = clock;
    }

    public Map<String, Object> of(License license) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", license.accountId.toString());
        state.put("boundOrganizationId", license.boundOrganizationId == null ? null : license.boundOrganizationId.toString());
        state.put("liveActivations", activations.activeOf(license.id).stream().map(a -> a.id.toString()).toList());
        state.put("reregistrationAllowance", reregistrations.allowance(license.id, clock.instant()));
        state.put("pendingAccountTransfer", transfers.pendingOf(license.id)
                .map(t -> Map.of("id", t.id.toString(), "toAccountId", t.toAccountId.toString(),
                        "toOrganizationId", t.toOrganizationId.toString()))
                .orElse(null));
        return state;
    }
}
