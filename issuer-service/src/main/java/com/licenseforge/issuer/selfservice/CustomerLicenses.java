package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.issuer.catalogue.Product;
import com.licenseforge.issuer.catalogue.ProductRepository;
import com.licenseforge.issuer.licenses.License;
import com.licenseforge.issuer.licenses.LicenseRepository;
import com.licenseforge.issuer.licenses.LicenseTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The licenses a customer token reaches: all of its account's, or its one license. A license out of scope is
 * answered as one that does not exist (404), so a token learns nothing about other accounts.
 */
@ApplicationScoped
@Transactional
public class CustomerLicenses {

    private final LicenseRepository licenses;
    private final ProductRepository products;
    private final LicenseTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    public CustomerLicenses(LicenseRepository licenses, ProductRepository products, LicenseTokens tokens,
                            AuditTrail audit, Clock clock) {
        this.licenses = licenses;
        this.products = products;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public List<CustomerLicenseView> list(CustomerScope scope) {
        List<License> found = scope.isAccount()
                ? licenses.list("accountId = ?1 order by serial", scope.accountId())
                : licenses.findByIdOptional(scope.licenseId()).stream().toList();
        Map<String, Product> byCode = new HashMap<>();
        Instant now = clock.instant();
        return found.stream().map(license -> CustomerLicenseView.of(license,
                byCode.computeIfAbsent(license.productCode, code -> products.findById(code)), now)).toList();
    }

    public CustomerLicenseView one(CustomerScope scope, UUID id) {
        License license = inScope(scope, id);
        return CustomerLicenseView.of(license, products.findById(license.productCode), clock.instant());
    }

    /** The license file, its download audited. */
    public File file(CustomerScope scope, UUID id, Actor actor) {
        License license = inScope(scope, id);
        audit.record(actor, "download license file", AuditTarget.license(license.id, license.serial), null, null, null);
        return new File(license.serial, tokens.file(license));
    }

    public record File(String serial, String text) {
    }

    private License inScope(CustomerScope scope, UUID id) {
        return licenses.findByIdOptional(id).filter(license -> scope.covers(license.id, license.accountId))
                .orElseThrow(() -> ProblemException.notFound("license", id));
    }
}
