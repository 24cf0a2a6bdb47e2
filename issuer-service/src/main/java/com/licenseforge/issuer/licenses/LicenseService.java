package com.licenseforge.issuer.licenses;

import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.format.OfflineKey;
import com.licenseforge.issuer.catalogue.Product;
import com.licenseforge.issuer.catalogue.ProductRepository;
import com.licenseforge.issuer.customers.AccountRepository;
import com.licenseforge.issuer.events.LicenseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issues licenses and answers questions about them. */
@ApplicationScoped
@Transactional
public class LicenseService {

    private final LicenseRepository licenses;
    private final ProductRepository products;
    private final AccountRepository accounts;
    private final CdKeyHasher cdKeyHasher;
    private final LicenseEvents events;
    private final LicenseAudit audit;
    private final LicenseDeliveries deliveries;
    private final Clock clock;

    public LicenseService(LicenseRepository licenses, ProductRepository products, AccountRepository accounts,
                          CdKeyHasher cdKeyHasher, LicenseEvents events, LicenseAudit audit,
                          LicenseDeliveries deliveries, Clock clock) {
        this.licenses = licenses;
        this.products = products;
        this.accounts = accounts;
        this.cdKeyHasher = cdKeyHasher;
        this.events = events;
        this.audit = audit;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * A new license, its CD key, which exists in clear only in this return value, and its token, the same the sealed
     * delivery's file holds.
     */
    public record Issued(License license, String cdKey, String token) {
    }

    public Issued issue(IssueLicense terms, Actor actor) {
        Product product = products.findByIdOptional(terms.productCode())
                .orElseThrow(() -> ProblemException.validation("productCode", "no product " + terms.productCode()));
        if (!accounts.exists(terms.accountId())) {
            throw ProblemException.validation("accountId", "no account " + terms.accountId());
        }
        checkModules(product, terms.modules());
        checkModel(terms);
        Instant now = clock.instant();
        Instant startsAt = terms.startsAt() != null ? terms.startsAt() : now;
        if (terms.expiresAt() != null && !terms.expiresAt().isAfter(startsAt)) {
            throw ProblemException.validation("expiresAt", "must be after startsAt");
        }
        if (terms.billingRef() != null && licenses.findByBillingRef(terms.billingRef()).isPresent()) {
            throw new ProblemException(Response.Status.CONFLICT, ErrorCodes.CONFLICT,
                    "billingRef " + terms.billingRef() + " is already used by another license")
                    .with("field", "billingRef");
        }
        String cdKey = CdKey.generate();
        License license = new License();
        license.id = UUID.randomUUID();
        license.serial = uniqueSerial();
        license.cdKeyHash = cdKeyHasher.hash(license.serial, CdKey.canonical(cdKey).orElseThrow());
        license.offlinePublicKey = OfflineKey.publicKey(license.serial, cdKey);
        license.productCode = product.code;
        license.accountId = terms.accountId();
        license.edition = terms.edition();
        license.modules = new LinkedHashMap<>(terms.modules());
        license.maxActivations = terms.maxActivations();
        license.startsAt = startsAt;
        license.expiresAt = terms.expiresAt();
        license.maintenanceUntil = terms.maintenanceUntil();
        license.status = SalesStatus.ACTIVE;
        license.billingRef = terms.billingRef();
        license.billingStanding = Standing.CURRENT;
        if (terms.modelOrDefault().isFloating()) {
            license.floating(Optional.ofNullable(terms.heartbeatInterval()).orElseGet(product::heartbeatInterval),
                    Optional.ofNullable(terms.maxBorrow()).orElseGet(product::maxBorrow));
        }
        license.version = 1;
        license.createdAt = now;
        license.updatedAt = now;
        licenses.persist(license);
        events.licenseChanged(EventTypes.LICENSE_ISSUED, license.snapshot(null), actor.name());
        String token = deliveries.issued(license, product, cdKey, actor);
        audit.licenseChanged(actor, "issue", null, license, null);
        return new Issued(license, cdKey, token);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<License> find(UUID id) {
        return licenses.findByIdOptional(id);
    }

    static void checkModules(Product product, Map<String, Integer> modules) {
        List<String> unknown = modules.keySet().stream().filter(m -> !product.modules.contains(m)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                    "modules not sold with " + product.code + ": " + String.join(", ", unknown))
                    .with("errors", unknown.stream().map(m -> Map.of("field", "modules." + m,
                            "message", "not a module of " + product.code)).toList());
        }
    }

    /** Lease terms are a floating license's: a node-locked one given them is refused, not silently ignored. */
    private static void checkModel(IssueLicense terms) {
        if (terms.modelOrDefault().isFloating()) {
            return;
        }
        if (terms.heartbeatInterval() != null) {
            throw ProblemException.validation("heartbeatInterval", "applies to FLOATING licenses only");
        }
        if (terms.maxBorrow() != null) {
            throw ProblemException.validation("maxBorrow", "applies to FLOATING licenses only");
        }
    }

    private String uniqueSerial() {
        String serial;
        do {
            serial = Serial.generate();
        } while (licenses.findBySerial(serial).isPresent());
        return serial;
    }
}
