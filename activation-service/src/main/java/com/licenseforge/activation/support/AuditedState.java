package com.licenseforge.activation.support;

import com.licenseforge.activation.activation.ActivationRepository;
import com.licenseforge.activation.activation.ReregistrationAllowance;
import com.licenseforge.activation.readmodel.License;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a support action can change about a serial, as its audit entry records it before and after. */
@ApplicationScoped
public class AuditedState {

    private final ActivationRepository activations;
    private final ReregistrationAllowance reregistrations;
    private final AccountTransferRepository transfers;

    public AuditedState(ActivationRepository activations, ReregistrationAllowance reregistrations,
                        AccountTransferRepository transfers) {
        this.activations = activations;
        this.reregistrations = reregistrations;
        this.transfers = transfers;
    }

    public Map<String, Object> of(License license) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("accountId", license.accountId.toString());
        state.put("boundOrganizationId", license.boundOrganizationId == null ? null : license.boundOrganizationId.toString());
        state.put("liveActivations", activations.activeOf(license.id).stream().map(a -> a.id.toString()).toList());
        state.put("reregistrationAllowance", reregistrations.allowance(license.id, Instant.now()));
        state.put("pendingAccountTransfer", transfers.pendingOf(license.id)
                .map(t -> Map.of("id", t.id.toString(), "toAccountId", t.toAccountId.toString(),
                        "toOrganizationId", t.toOrganizationId.toString()))
                .orElse(null));
        return state;
    }
}
