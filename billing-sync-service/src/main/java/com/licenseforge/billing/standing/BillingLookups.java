package com.licenseforge.billing.standing;

import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.billing.invoices.InvoiceStatus;
import com.licenseforge.common.license.Standing;
import com.licenseforge.billing.invoices.InvoiceRepository;
import com.licenseforge.common.http.ResultPage;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Staff lists of billing: standings by reference or standing, and every invoice of a license. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BillingLookups {

    private final LicenseStandingRepository standings;
    private final InvoiceRepository invoices;

    public BillingLookups(LicenseStandingRepository standings, InvoiceRepository invoices) {
        this.standings = standings;
        this.invoices = invoices;
    }

    /** Standings matching the given filters, by billing reference (licenses without one last), each with its open invoices. */
    public ResultPage<BillingOverview> standings(String billingRef, Standing standing, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (billingRef != null) {
            where.add("billingRef = :billingRef");
            params.and("billingRef", billingRef);
        }
        if (standing != null) {
            where.add("standing = :standing");
            params.and("standing", standing);
        }
        PanacheQuery<LicenseStanding> query = standings.find(String.join(" and ", where),
                Sort.by("billingRef", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("licenseId"), params);
        return new ResultPage<>(query.page(Page.of(page, size)).list(), query.count())
                .map(license -> new BillingOverview(license, invoices.openOf(license.licenseId)));
    }

    /** Every invoice of a known license, newest due date first (undated last); empty when the license is unknown. */
    public Optional<ResultPage<Invoice>> invoices(UUID licenseId, InvoiceStatus status, int page, int size) {
        if (standings.findByIdOptional(licenseId).isEmpty()) {
            return Optional.empty();
        }
        Parameters params = Parameters.with("licenseId", licenseId);
        String where = "licenseId = :licenseId";
        if (status != null) {
            where += " and status = :status";
            params.and("status", status);
        }
        PanacheQuery<Invoice> query = invoices.find(where,
                Sort.by("dueAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("invoiceId"), params);
        return Optional.of(new ResultPage<>(query.page(Page.of(page, size)).list(), query.count()));
    }
}
