package com.licenseforge.issuer.licenses;

import com.licenseforge.common.http.ResultPage;
import com.licenseforge.common.license.LicenseStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds licenses for staff lists: filtered, ordered, one page at a time, with the total. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LicenseSearch {

    /** Query conditions equivalent to {@link License#effectiveStatus}. */
    private static final Map<LicenseStatus, String> STATUS_FILTERS = Map.of(
            LicenseStatus.REVOKED, "status = 'REVOKED'",
            LicenseStatus.SUSPENDED, "(status = 'SUSPENDED' or (status = 'ACTIVE' and billingStanding = 'SUSPENDED'))",
            LicenseStatus.EXPIRED, "status = 'ACTIVE' and billingStanding <> 'SUSPENDED' and expiresAt <= :now",
            LicenseStatus.PAST_DUE, "status = 'ACTIVE' and billingStanding = 'PAST_DUE' and (expiresAt is null or expiresAt > :now)",
            LicenseStatus.ACTIVE, "status = 'ACTIVE' and billingStanding = 'CURRENT' and (expiresAt is null or expiresAt > :now)");

    private final LicenseRepository licenses;
    private final Clock clock;

    public LicenseSearch(LicenseRepository licenses, Clock clock) {
        this.licenses = licenses;
        this.clock = clock;
    }

    public ResultPage<License> find(LicenseFilter filter, LicenseOrder order, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        condition(where, params, "serial = :serial", "serial", filter.serial());
        condition(where, params, "accountId = :accountId", "accountId", filter.accountId());
        condition(where, params, "productCode = :productCode", "productCode", filter.productCode());
        condition(where, params, "billingRef = :billingRef", "billingRef", filter.billingRef());
        condition(where, params, "expiresAt >= :expiresFrom", "expiresFrom", filter.expiresFrom());
        condition(where, params, "expiresAt < :expiresTo", "expiresTo", filter.expiresTo());
        if (filter.status() != null) {
            String condition = STATUS_FILTERS.get(filter.status());
            where.add("(" + condition + ")");
            if (condition.contains(":now")) {
                params.and("now", clock.instant());
            }
        }
        PanacheQuery<License> query = licenses.find(String.join(" and ", where), order.sort(), params);
        return new ResultPage<>(query.page(Page.of(page, size)).list(), query.count());
    }

    private static void condition(List<String> where, Parameters params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.and(name, value);
        }
    }
}
