package com.licenseforge.issuer.licenses;

import com.licenseforge.common.http.ResultPage;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Trials for sales: the filtered list, one page at a time, and how many of each product's trials converted. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrialSearch {

    private static final List<String> ORDERS = List.of("startedAt", "endsAt");

    private final TrialRepository trials;

    public TrialSearch(TrialRepository trials) {
        this.trials = trials;
    }

    /** {@code sort}: {@code startedAt} or {@code endsAt}, a leading {@code -} for descending; newest first without. */
    public ResultPage<TrialView> find(TrialFilter filter, String sort, int page, int size) {
        String order = order(sort);
        List<String> where = new ArrayList<>(List.of("l.id = t.licenseId"));
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "t.productCode = :productCode", "productCode", filter.productCode());
        condition(where, params, "t.status = :status", "status", filter.status());
        condition(where, params, "t.startedAt >= :startedFrom", "startedFrom", filter.startedFrom());
        condition(where, params, "t.startedAt < :startedBefore", "startedBefore", filter.startedBefore());
        condition(where, params, "t.endsAt >= :endsFrom", "endsFrom", filter.endsFrom());
        condition(where, params, "t.endsAt < :endsBefore", "endsBefore", filter.endsBefore());
        String from = " from Trial t, License l where " + String.join(" and ", where);
        EntityManager em = trials.getEntityManager();
        TypedQuery<Object[]> rows = em.createQuery("select t, l.serial, l.accountId" + from + " order by " + order
                + ", t.licenseId", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(t)" + from, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TrialView> views = rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> TrialView.of((Trial) row[0], (String) row[1], (UUID) row[2])).toList();
        return new ResultPage<>(views, count.getSingleResult());
    }

    /** Per product, the trials started since {@code since} and how many of them were converted. */
    @SuppressWarnings("unchecked")
    public List<ConversionRate> conversionRates(Instant since) {
        List<Object[]> rows = trials.getEntityManager().createNativeQuery("""
                        select product_code, count(*), count(*) filter (where status = 'CONVERTED')
                        from trial where started_at >= :since group by product_code order by product_code""")
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(row -> ConversionRate.of((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())).toList();
    }

    private static String order(String sort) {
        if (sort == null) {
            return "t.startedAt desc";
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (!ORDERS.contains(field)) {
            throw ProblemException.validation("sort", "must be one of " + String.join(", ", ORDERS)
                    + ", each optionally preceded by - for descending order");
        }
        return "t." + field + (descending ? " desc" : "");
    }

    private static void condition(List<String> where, Map<String, Object> params, String condition, String name,
                                  Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
