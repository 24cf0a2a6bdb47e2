package com.licenseforge.activation.readmodel;

import com.licenseforge.activation.credentials.CredentialFailureRepository;
import com.licenseforge.activation.credentials.OfflineVerifierSeal;
import com.licenseforge.common.events.AccountRegistered;
import com.licenseforge.common.events.BillingStandingChanged;
import com.licenseforge.common.events.LicenseSnapshot;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.events.PoisonEventException;
import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.events.ProductVersionReleased;
import com.licenseforge.common.events.TrialPolicyChanged;
import com.licenseforge.common.events.TrialStarted;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies the issuer's and billing's facts to the local read model, in the consumer's transaction. Every
 * change is an upsert, so a fact may arrive before the one it refers to (they travel on different keys).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModel {

    private static final Logger LOG = Logger.getLogger(ReadModel.class);

    private final EntityManager em;
    private final LicenseRepository licenses;
    private final BillingStandingRepository standings;
    private final CredentialFailureRepository credentialFailures;
    private final OfflineVerifierSeal verifierSeal;

    public ReadModel(EntityManager em, LicenseRepository licenses, BillingStandingRepository standings,
                     CredentialFailureRepository credentialFailures, OfflineVerifierSeal verifierSeal) {
        this.verifierSeal = verifierSeal;
        this.em = em;
        this.licenses = licenses;
        this.standings = standings;
        this.credentialFailures = credentialFailures;
    }

    public void product(ProductRegistered fact) {
        upsert(Product.class, fact.code(), Product::new, product -> {
            product.code = fact.code();
            product.name = fact.name();
            product.modules = fact.modules() == null ? List.of() : List.copyOf(fact.modules());
            product.selfServiceDeactivations = fact.selfServiceDeactivations();
        });
    }

    public void version(ProductVersionReleased fact) {
        upsert(ProductVersion.class, new ProductVersion.Key(fact.productCode(), fact.version()), ProductVersion::new,
                version -> {
                    version.productCode = fact.productCode();
                    version.version = fact.version();
                    version.releasedAt = fact.releasedAt();
                });
    }

    public void account(AccountRegistered fact) {
        upsert(Account.class, fact.accountId(), Account::new, account -> {
            account.id = fact.accountId();
            account.name = fact.name();
        });
    }

    public void organization(OrganizationRegistered fact) {
        upsert(Organization.class, fact.organizationId(), Organization::new, organization -> {
            organization.id = fact.organizationId();
            organization.accountId = fact.accountId();
            organization.name = fact.name();
            organization.taxId = fact.taxId();
        });
    }

    /**
     * The issuer's whole entitlement; an older or equal snapshot version than the one held is ignored. A public
     * key once known is kept (a later snapshot of a license issued before them has none). {@code v1Verifier} is
     * what a snapshot of the previous release still carries: it is kept sealed only, never in clear.
     */
    public void license(LicenseSnapshot snapshot, String v1Verifier) {
        if (snapshot.licenseId() == null || snapshot.serial() == null || snapshot.cdKeyHash() == null
                || snapshot.productCode() == null || snapshot.accountId() == null || snapshot.modules() == null
                || snapshot.status() == null) {
            throw new PoisonEventException("license snapshot lacks a required field");
        }
        License license = licenses.lockById(snapshot.licenseId()).orElse(null);
        boolean known = license != null;
        if (!known) {
            license = new License();
            license.id = snapshot.licenseId();
        } else if (snapshot.version() <= license.snapshotVersion) {
            LOG.debugf("stale snapshot of license %s ignored: version %s, have %s", license.id, snapshot.version(),
                    license.snapshotVersion);
            return;
        }
        license.snapshotVersion = snapshot.version();
        license.serial = snapshot.serial();
        license.cdKeyHash = snapshot.cdKeyHash();
        if (snapshot.offlinePublicKey() != null) {
            license.offlinePublicKey = snapshot.offlinePublicKey();
        }
        if (v1Verifier != null && license.sealedOfflineVerifier == null) {
            license.sealedOfflineVerifier = verifierSeal.seal(license.id, v1Verifier);
        }
        license.productCode = snapshot.productCode();
        license.accountId = snapshot.accountId();
        license.edition = snapshot.edition();
        license.modules = new LinkedHashMap<>(snapshot.modules());
        license.maxActivations = snapshot.maxActivations();
        license.startsAt = snapshot.startsAt();
        license.expiresAt = snapshot.expiresAt();
        license.maintenanceUntil = snapshot.maintenanceUntil();
        license.status = snapshot.status();
        license.model = LicenseModel.orDefault(snapshot.model());
        license.heartbeatIntervalSeconds = seconds(snapshot.heartbeatInterval());
        license.maxBorrowSeconds = seconds(snapshot.maxBorrow());
        license.kind = LicenseKind.orPaid(snapshot.kind());
        license.updatedAt = Instant.now();
        if (!known) {
            licenses.persist(license);
            // wrong keys tried before the license arrived (a customer retrying during an outage) lock nothing now
            credentialFailures.forgetSerial(license.serial);
        }
    }

    public void trialPolicy(TrialPolicyChanged fact) {
        if (fact.productCode() == null || fact.modules() == null) {
            throw new PoisonEventException("trial policy lacks a product or modules");
        }
        upsert(TrialPolicy.class, fact.productCode(), TrialPolicy::new, policy -> {
            policy.productCode = fact.productCode();
            policy.enabled = fact.enabled();
            policy.durationDays = fact.durationDays();
            policy.modules = new LinkedHashMap<>(fact.modules());
            policy.maxActivations = fact.maxActivations();
            policy.updatedAt = Instant.now();
        });
    }

    /**
     * A trial started here, before the issuer adopted it: its account, organization and license as the issuer
     * will publish them. The license is at snapshot version 0, so the issuer's first snapshot replaces it, and the
     * facts the issuer publishes about the account and organization are upserts over these.
     */
    public License trial(TrialStarted started) {
        upsert(Account.class, started.accountId(), Account::new, account -> {
            account.id = started.accountId();
            account.name = started.organizationName();
        });
        upsert(Organization.class, started.organizationId(), Organization::new, organization -> {
            organization.id = started.organizationId();
            organization.accountId = started.accountId();
            organization.name = started.organizationName();
        });
        License license = new License();
        license.id = started.licenseId();
        license.serial = started.serial();
        license.cdKeyHash = started.cdKeyHash();
        license.offlinePublicKey = started.offlinePublicKey();
        license.productCode = started.productCode();
        license.accountId = started.accountId();
        license.modules = new LinkedHashMap<>(started.modules());
        license.maxActivations = started.maxActivations();
        license.startsAt = started.startedAt();
        license.expiresAt = started.trialEndsAt();
        license.status = SalesStatus.ACTIVE;
        license.kind = LicenseKind.TRIAL;
        license.updatedAt = started.startedAt();
        licenses.persist(license);
        // the activation that follows reads the license under its row lock, by native statements
        em.flush();
        return license;
    }

    private static Integer seconds(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toSeconds());
    }

    public void standing(BillingStandingChanged change) {
        if (change.licenseId() == null || change.standing() == null) {
            throw new PoisonEventException("billing standing lacks a license id or a standing");
        }
        BillingStanding standing = standings.findByIdOptional(change.licenseId()).orElse(null);
        boolean known = standing != null;
        if (!known) {
            standing = BillingStanding.current(change.licenseId());
        }
        standing.standing = change.standing();
        standing.pastDueSince = change.pastDueSince();
        standing.graceEndsAt = change.graceEndsAt();
        standing.updatedAt = Instant.now();
        if (!known) {
            standings.persist(standing);
        }
    }

    private <T> void upsert(Class<T> type, Object id, Supplier<T> create, Consumer<T> fill) {
        T entity = em.find(type, id);
        if (entity != null) {
            fill.accept(entity);
            return;
        }
        entity = create.get();
        fill.accept(entity);
        em.persist(entity);
    }
}
