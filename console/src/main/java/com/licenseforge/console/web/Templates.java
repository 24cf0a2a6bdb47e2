package com.licenseforge.console.web;

import com.licenseforge.console.api.ActivationApi;
import com.licenseforge.console.api.AuditEntry;
import com.licenseforge.console.api.BillingApi;
import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The console's pages, checked against their data when the console is built. The signed-in staff member is added
 * to every page by {@link Pages}, so its expressions are the only ones left unchecked.
 */
@CheckedTemplate(requireTypeSafeExpressions = false)
public final class Templates {

    private Templates() {
    }

    static native TemplateInstance home(List<HomeResource.Attention> attention, TrialsThisWeek trials);

    static native TemplateInstance accounts(String q, Listing<IssuerApi.AccountSummary> found, String pageLink);

    static native TemplateInstance account(IssuerApi.Account account, Listing<IssuerApi.License> licenses,
                                           Map<UUID, String> standings, Map<UUID, Integer> activationsUsed);

    static native TemplateInstance products(Listing<IssuerApi.Product> found);

    static native TemplateInstance licenses(LicenseFilters filters, Listing<IssuerApi.License> found, List<String> statuses);

    static native TemplateInstance licenseAccountPick(String q, Listing<IssuerApi.AccountSummary> found);

    static native TemplateInstance licenseNew(IssuerApi.Account account, List<IssuerApi.Product> products,
                                              IssuerApi.Product product, LicenseDraft draft);

    static native TemplateInstance licenseIssued(IssuerApi.License license);

    static native TemplateInstance license(IssuerApi.License license, IssuerApi.Account account, BillingApi.Standing standing,
                                           List<BillingApi.Invoice> invoices, List<LicenseHistory.Entry> history, String done,
                                           IssuerApi.Trial trial);

    static native TemplateInstance licenseConvert(IssuerApi.License license, IssuerApi.Account account,
                                                  IssuerApi.Product product, String convertAccountId, LicenseDraft draft);

    static native TemplateInstance seatPreview(IssuerApi.License license, ActivationApi.SeatChangePreview preview,
                                               Map<String, String> fields);

    static native TemplateInstance support(String q, Listing<IssuerApi.AccountSummary> accounts,
                                           Listing<IssuerApi.OrganizationEntry> organizations,
                                           List<AccountSerials.Found> serials);

    static native TemplateInstance serial(ActivationApi.SerialOverview o, List<IssuerApi.OrganizationEntry> sameAccount,
                                          List<IssuerApi.OrganizationEntry> otherAccounts, String orgQ, AuditEntry entry,
                                          String done);

    static native TemplateInstance billing(String serial, String billingRef, IssuerApi.License license,
                                           List<BillingApi.Standing> standings, List<BillingApi.Invoice> invoices,
                                           boolean searched);

    static native TemplateInstance audit(List<LicenseHistory.Entry> entries, String serial, String actor, String from,
                                         String to, int page, boolean more, String pageLink);

    static native TemplateInstance keys(List<IssuerApi.SigningKey> keys);

    static native TemplateInstance confirm(Confirmation confirmation);

    public static native TemplateInstance error(int status, String code, String message);

    public static native TemplateInstance signedOut(String problem);
}
