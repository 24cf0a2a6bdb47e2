package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.catalogue.ProductRepository;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.IllegalTransition;
import com.licenseforge.issuer.vocabulary.PlausibleInstant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sales' changes to an issued license. Each one locks the license, applies a state-machine transition,
 * and commits with its audit entry and its past-tense event.
 */
@ApplicationScoped
@Transactional
public class LicenseLifecycle {

    private final LicenseRepository licenses;
    private final ProductRepository products;
    private final LicenseEvents events;
    private final LicenseAudit audit;
    private final Clock clock;

    public LicenseLifecycle(LicenseRepository licenses, ProductRepository products, LicenseEvents events,
                            LicenseAudit audit, Clock clock) {
        this.licenses = licenses;
        this.products = products;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Extends by {@code extendBy} from the current expiry (from now if already expired), or sets {@code expiresAt}. */
    public License renew(UUID id, String extendBy, Instant expiresAt, String reason, Actor actor) {
        if ((extendBy == null) == (expiresAt == null)) {
            throw ProblemException.validation("extendBy", "give exactly one of extendBy and expiresAt");
        }
        return change(id, "renew", EventTypes.LICENSE_RENEWED, reason, actor, license -> {
            license.requireChangeable("renew");
            if (license.expiresAt == null) {
                throw IllegalTransition.because("renew", "a perpetual license has no expiry to extend");
            }
            if (license.billingStanding != Standing.CURRENT) {
                throw IllegalTransition.because("renew", "billing standing is " + license.billingStanding)
                        .with("billingStanding", license.billingStanding);
            }
            Instant now = clock.instant();
            Instant newExpiry = expiresAt != null ? expiresAt : extend(later(license.expiresAt, now), extendBy);
            if (!newExpiry.isAfter(later(license.expiresAt, now))) {
                throw ProblemException.validation("expiresAt", "must be after the current expiry and now");
            }
            license.expiresAt = newExpiry;
        });
    }

    public License changeModules(UUID id, Map<String, Integer> modules, String reason, Actor actor) {
        return change(id, "change modules", EventTypes.LICENSE_MODULES_CHANGED, reason, actor, license -> {
            license.requireChangeable("change modules");
            LicenseService.checkModules(products.findById(license.productCode), modules);
            license.modules = new LinkedHashMap<>(modules);
        });
    }

    public License suspend(UUID id, String reason, Actor actor) {
        return change(id, "suspend", EventTypes.LICENSE_SUSPENDED, reason, actor, License::suspend);
    }

    public License reinstate(UUID id, String reason, Actor actor) {
        return change(id, "reinstate", EventTypes.LICENSE_REINSTATED, reason, actor, License::reinstate);
    }

    public License revoke(UUID id, String reason, Actor actor) {
        return change(id, "revoke", EventTypes.LICENSE_REVOKED, reason, actor, License::revoke);
    }

    private License change(UUID id, String action, String eventType, String reason, Actor actor,
                           Consumer<License> transition) {
        License license = licenses.lockById(id).orElseThrow(() -> ProblemException.notFound("license", id));
        Map<String, Object> before = LicenseAudit.state(license);
        transition.accept(license);
        license.version++;
        license.updatedAt = clock.instant();
        audit.licenseChanged(actor, action, before, license, reason);
        events.licenseChanged(eventType, license.snapshot(reason), actor.name());
        return license;
    }

    private static Instant extend(Instant from, String extendBy) {
        try {
            Period period = Period.parse(extendBy);
            if (period.isNegative() || period.isZero()) {
                throw ProblemException.validation("extendBy", "must be a positive period such as P1Y");
            }
            Instant extended = from.atZone(ZoneOffset.UTC).plus(period).toInstant();
            if (extended.isAfter(PlausibleInstant.LATEST)) {
                throw ProblemException.validation("extendBy", "extends beyond " + PlausibleInstant.LATEST);
            }
            return extended;
        } catch (DateTimeParseException e) {
            throw ProblemException.validation("extendBy", "must be an ISO-8601 period such as P1Y or P6M");
        } catch (DateTimeException | ArithmeticException e) {
            throw ProblemException.validation("extendBy", "extends beyond " + PlausibleInstant.LATEST);
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
