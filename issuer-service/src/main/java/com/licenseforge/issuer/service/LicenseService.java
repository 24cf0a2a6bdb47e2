package com.licenseforge.issuer.service;

import com.licenseforge.common.format.CdKey;
import com.licenseforge.common.format.CdKeyHasher;
import com.licenseforge.common.format.OfflineProof;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.license.LicenseStatus;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.domain.License;
import com.licenseforge.issuer.domain.Product;
import com.licenseforge.issuer.repository.AccountRepository;
import com.licenseforge.issuer.repository.LicenseRepository;
import com.licenseforge.issuer.repository.ProductRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issues licenses and answers questions about them. */
@ApplicationScoped
@Transactional
public class LicenseService {

    /** Query conditions equivalent to {@link License#effectiveStatus}. */
    private static final Map<LicenseStatus, String> STATUS_FILTERS = Map.of(
            LicenseStatus.REVOKED, "status = 'REVOKED'",
            LicenseStatus.SUSPENDED, "(status = 'SUSPENDED' or (status = 'ACTIVE' and billingStanding = 'SUSPENDED'))",
            LicenseStatus.EXPIRED, "status = 'ACTIVE' and billingStanding <> 'SUSPENDED' and expiresAt <= :now",
            LicenseStatus.PAST_DUE, "status = 'ACTIVE' and billingStanding = 'PAST_DUE' and (expiresAt is null or expiresAt > :now)",
            LicenseStatus.ACTIVE, "status = 'ACTIVE' and billingStanding = 'CURRENT' and (expiresAt is null or expiresAt > :now)");

    private final LicenseRepository licenses;
    private final ProductRepository products;
    private final AccountRepository accounts;
    private final CdKeyHasher cdKeyHasher;
    private final LicenseEvents events;
    private final LicenseAudit audit;
    private final Clock clock;

    public LicenseService(LicenseRepository licenses, ProductRepository products, AccountRepository accounts,
                          CdKeyHasher cdKeyHasher, LicenseEvents events, LicenseAudit audit, Clock clock) {
        this.licenses = licenses;
        this.products = products;
        this.accounts = accounts;
        this.cdKeyHasher = cdKeyHasher;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new license and its CD key, which exists in clear only in this return value. */
    public record Issued(License license, String cdKey) {
    }

    public Issued issue(IssueLicense terms, Actor actor) {
        Product product = products.findByIdOptional(terms.productCode())
                .orElseThrow(() -> ProblemException.validation("productCode", "no product " + terms.productCode()));
        if (accounts.findByIdOptional(terms.accountId()).isEmpty()) {
            throw ProblemException.validation("accountId", "no account " + terms.accountId());
        }
        checkModules(product, terms.modules());
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
        license.offlineVerifier = OfflineProof.verifier(license.serial, cdKey);
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
        license.version = 1;
        license.createdAt = now;
        license.updatedAt = now;
        licenses.persist(license);
        events.licenseIssued(license, actor.name());
        audit.licenseChanged(actor, "issue", null, license, null);
        return new Issued(license, cdKey);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<License> find(UUID id) {
        return licenses.findByIdOptional(id);
    }

    /** Licenses matching every given filter, newest first. A malformed serial is a validation error, not a miss. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<License> search(String serial, UUID accountId, LicenseStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (serial != null) {
            String canonical = Serial.require("serial", serial);
            where.add("serial = :serial");
            params.and("serial", canonical);
        }
        if (accountId != null) {
            where.add("accountId = :accountId");
            params.and("accountId", accountId);
        }
        if (status != null) {
            String filter = STATUS_FILTERS.get(status);
            where.add(filter);
            if (filter.contains(":now")) {
                params.and("now", clock.instant());
            }
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return licenses.find(query, Sort.descending("createdAt"), params).page(Page.of(page, size)).list();
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

    private String uniqueSerial() {
        String serial;
        do {
            serial = Serial.generate();
        } while (licenses.findBySerial(serial).isPresent());
        return serial;
    }
}
