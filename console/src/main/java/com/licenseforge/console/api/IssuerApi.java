package com.licenseforge.console.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The issuer's staff API: customers, the catalogue, licenses, signing keys and its audit trail. */
@ApplicationScoped
public class IssuerApi {

    @TemplateData
    public record AccountSummary(UUID id, String name, String externalRef, Instant createdAt) {
    }

    @TemplateData
    public record Account(UUID id, String name, String externalRef, Instant createdAt, List<Organization> organizations) {
    }

    @TemplateData
    public record Organization(UUID id, UUID accountId, String name, String taxId, Instant createdAt) {
    }

    /** An organization found by a search, with the account it belongs to. */
    @TemplateData
    public record OrganizationEntry(UUID id, UUID accountId, String accountName, String name, String taxId,
                                    Instant createdAt) {
    }

    @TemplateData
    public record Product(String code, String name, List<String> modules, Instant createdAt, List<Version> versions,
                          TrialPolicy trialPolicy) {
    }

    /** What a trial of the product grants; a product without trials has {@code enabled} false and nothing else. */
    @TemplateData
    public record TrialPolicy(Boolean enabled, Integer durationDays, Map<String, Integer> modules,
                              Integer maxActivations) {
    }

    /** A prospect's trial: {@code status} is {@code RUNNING}, {@code CONVERTED} (to {@code convertedTo}) or {@code ENDED}. */
    @TemplateData
    public record Trial(UUID licenseId, String serial, String productCode, UUID accountId, String organizationName,
                        String contactEmail, Instant startedAt, Instant endsAt, String status, UUID convertedTo,
                        Instant endedAt) {

        public boolean converted() {
            return "CONVERTED".equals(status);
        }
    }

    /** Of a product's trials started in a period, how many became paid licenses; {@code rate} from 0 to 1. */
    @TemplateData
    public record ConversionRate(String productCode, long started, long converted, double rate) {

        public String percent() {
            return String.format(java.util.Locale.ROOT, "%.1f %%", rate * 100);
        }
    }

    @TemplateData
    public record Version(String version, Instant releasedAt) {
    }

    /**
     * A license; {@code cdKey} is only in the answer that issues it. {@code model} is {@code NODE_LOCKED} or
     * {@code FLOATING} (then with its heartbeat interval and longest borrow).
     */
    @TemplateData
    public record License(UUID id, String serial, String cdKey, String productCode, UUID accountId, String edition,
                          Map<String, Integer> modules, int maxActivations, Instant startsAt, Instant expiresAt,
                          Instant maintenanceUntil, String status, String billingRef, Instant createdAt,
                          Instant updatedAt, String model, String heartbeatInterval, String maxBorrow, String kind,
                          Instant trialEndsAt) {

        public boolean floating() {
            return "FLOATING".equals(model);
        }

        public boolean trial() {
            return "TRIAL".equals(kind);
        }
    }

    @TemplateData
    public record SigningKey(String kid, String curve, Instant issuedAt, boolean current) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewAccount(String name, String externalRef) {
    }

    public record NewOrganization(String name) {
    }

    public record NewProduct(String code, String name, List<String> modules) {
    }

    public record NewVersion(String version, Instant releasedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewLicense(String productCode, String accountId, Map<String, Integer> modules, int maxActivations,
                             Instant startsAt, Instant expiresAt, Instant maintenanceUntil, String billingRef,
                             String model, String heartbeatInterval) {
    }

    /** A trial's paid license: for the trial's account unless {@code accountId} names another. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrialConversion(String accountId, Map<String, Integer> modules, int maxActivations,
                                  Instant expiresAt, Instant maintenanceUntil, String billingRef) {
    }

    public record Renewal(String extendBy) {
    }

    public record ModuleSeats(Map<String, Integer> modules) {
    }

    public record Reason(String reason) {
    }

    private final ServiceCalls calls;

    IssuerApi(ServiceCalls calls) {
        this.calls = calls;
    }

    public Listing<AccountSummary> accounts(Query query) {
        return calls.list(Service.ISSUER, "/api/v1/accounts", query, AccountSummary.class);
    }

    public Account account(String id) {
        return calls.get(Service.ISSUER, "/api/v1/accounts/" + id, Account.class);
    }

    public Account createAccount(NewAccount account) {
        return calls.post(Service.ISSUER, "/api/v1/accounts", account, null, Account.class);
    }

    public void addOrganization(String accountId, NewOrganization organization) {
        calls.post(Service.ISSUER, "/api/v1/accounts/" + accountId + "/organizations", organization, null, Void.class);
    }

    public Listing<OrganizationEntry> organizations(Query query) {
        return calls.list(Service.ISSUER, "/api/v1/organizations", query, OrganizationEntry.class);
    }

    public Listing<Product> products(Query query) {
        return calls.list(Service.ISSUER, "/api/v1/products", query, Product.class);
    }

    public Product product(String code) {
        return calls.get(Service.ISSUER, "/api/v1/products/" + code, Product.class);
    }

    public void createProduct(NewProduct product) {
        calls.post(Service.ISSUER, "/api/v1/products", product, null, Void.class);
    }

    public void addVersion(String productCode, NewVersion version) {
        calls.post(Service.ISSUER, "/api/v1/products/" + productCode + "/versions", version, null, Void.class);
    }

    public Listing<License> licenses(Query query) {
        return calls.list(Service.ISSUER, "/api/v1/licenses", query, License.class);
    }

    public License license(String id) {
        return calls.get(Service.ISSUER, "/api/v1/licenses/" + id, License.class);
    }

    /** The answer carries the CD key, the only time it is ever shown. */
    public License issue(NewLicense license) {
        return calls.post(Service.ISSUER, "/api/v1/licenses", license, null, License.class);
    }

    /** Converts the trial; the answer is the paid license with its CD key, the only time it is ever shown. */
    public License convertTrial(String trialId, TrialConversion conversion) {
        return calls.post(Service.ISSUER, "/api/v1/licenses/" + trialId + "/conversions", conversion, null, License.class);
    }

    public Listing<Trial> trials(Query query) {
        return calls.list(Service.ISSUER, "/api/v1/trials", query, Trial.class);
    }

    public Trial trial(String licenseId) {
        return calls.get(Service.ISSUER, "/api/v1/trials/" + licenseId, Trial.class);
    }

    /** Per product, of the trials started in the last {@code days} days. */
    public List<ConversionRate> conversionRates(int days) {
        return calls.getList(Service.ISSUER, "/api/v1/trials/conversion-rates?days=" + days, ConversionRate.class);
    }

    /** The license file (text). */
    public String licenseFile(String id) {
        return calls.text(Service.ISSUER, "/api/v1/licenses/" + id + "/file");
    }

    public void renew(String id, Renewal renewal) {
        calls.post(Service.ISSUER, "/api/v1/licenses/" + id + "/renewals", renewal, null, Void.class);
    }

    public void changeModules(String id, ModuleSeats seats) {
        calls.put(Service.ISSUER, "/api/v1/licenses/" + id + "/modules", seats);
    }

    /** Suspend, reinstate or revoke, under a request id so a repeated form changes nothing twice. */
    public void changeStatus(String id, String action, Reason reason, String requestId) {
        calls.post(Service.ISSUER, "/api/v1/licenses/" + id + "/" + action, reason, requestId, Void.class);
    }

    public List<SigningKey> signingKeys() {
        return calls.list(Service.ISSUER, "/api/v1/admin/signing-keys", Query.page(0, 100), SigningKey.class).items();
    }

    public void rotateSigningKey() {
        calls.post(Service.ISSUER, "/api/v1/admin/signing-keys/rotations", Map.of(), null, Void.class);
    }

    public List<AuditEntry> audit(Query filters) {
        return calls.getList(Service.ISSUER, "/api/v1/audit" + filters.with("page", filters.page()).with("size", filters.size()),
                AuditEntry.class);
    }
}
