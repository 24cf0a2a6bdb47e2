package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Query;
import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The serials of the accounts a name lookup found, with what support asks first (status, product, the organization
 * it is bound to), so the serial to fix is one click from the search: the issuer's licenses of each account, and
 * activation's usage for the binding.
 */
@ApplicationScoped
public class AccountSerials {

    /** An account the lookup found, by its own name or by one of its organizations'. */
    @TemplateData
    public record Found(UUID id, String name, List<Serial> serials, long total) {
    }

    @TemplateData
    public record Serial(String serial, String productCode, String status, String boundTo) {
    }

    private static final int MAX_ACCOUNTS = 25;
    private static final int MAX_SERIALS = 100;

    private final IssuerApi issuer;
    private final ActivationApi activation;
    private final CurrentStaff staff;

    AccountSerials(IssuerApi issuer, ActivationApi activation, CurrentStaff staff) {
        this.issuer = issuer;
        this.activation = activation;
        this.staff = staff;
    }

    List<Found> of(List<IssuerApi.AccountSummary> accounts, List<IssuerApi.OrganizationEntry> organizations) {
        Map<UUID, String> names = new LinkedHashMap<>();
        accounts.forEach(account -> names.put(account.id(), account.name()));
        organizations.forEach(org -> names.putIfAbsent(org.accountId(), org.accountName()));
        return names.entrySet().stream().limit(MAX_ACCOUNTS).map(account -> found(account.getKey(), account.getValue())).toList();
    }

    private Found found(UUID accountId, String name) {
        var licenses = issuer.licenses(Query.page(0, MAX_SERIALS).with("accountId", accountId));
        Map<UUID, String> boundTo = bindings(accountId);
        List<Serial> serials = licenses.items().stream().map(license -> new Serial(license.serial(),
                license.productCode(), license.status(), boundTo.get(license.id()))).toList();
        return new Found(accountId, name, serials, licenses.total());
    }

    /** License id to the name of the organization it is bound to; activation knows the binding. */
    private Map<UUID, String> bindings(UUID accountId) {
        Map<UUID, String> boundTo = new HashMap<>();
        if (!(staff.get().isSupport() || staff.get().isSales() || staff.get().isAdmin())) {
            return boundTo;     // activation shows usage to these roles only
        }
        Map<UUID, String> organizations = new HashMap<>();
        issuer.organizations(Query.page(0, 500).with("accountId", accountId)).items()
                .forEach(org -> organizations.put(org.id(), org.name()));
        for (ActivationApi.LicenseUsage usage : activation.activationUsage(accountId.toString(), Query.page(0, MAX_SERIALS)).items()) {
            if (usage.boundOrganizationId() != null) {
                boundTo.put(usage.licenseId(), organizations.get(usage.boundOrganizationId()));
            }
        }
        return boundTo;
    }
}
