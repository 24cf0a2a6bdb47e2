package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.ReregistrationGrant;
import com.licenseforge.activation.machines.ReregistrationGrantRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Support grants a serial extra re-registrations under the license row lock, audited with its reason. */
@ApplicationScoped
@Transactional
public class ReregistrationGrants {

    private final SupportedSerials serials;
    private final ReregistrationGrantRepository grants;
    private final AuditTrail audit;
    private final AuditedState state;
    private final SerialOverviews overviews;
    private final Clock clock;

    public ReregistrationGrants(SupportedSerials serials, ReregistrationGrantRepository grants, AuditTrail audit,
                                AuditedState state, SerialOverviews overviews, Clock clock) {
        this.serials = serials;
        this.grants = grants;
        this.audit = audit;
        this.state = state;
        this.overviews = overviews;
        this.clock = clock;
    }

    public SerialOverview grant(String serial, int extra, String reason, Actor actor) {
        License license = serials.lock(serial);
        Map<String, Object> before = state.of(license);
        ReregistrationGrant grant = new ReregistrationGrant();
        grant.id = UUID.randomUUID();
        grant.licenseId = license.id;
        grant.extra = extra;
        grant.grantedAt = clock.instant();
        grants.persist(grant);
        audit.record(actor, "grant re-registrations", AuditTarget.license(license.id, license.serial), before,
                state.of(license), reason);
        return overviews.of(license);
    }
}
