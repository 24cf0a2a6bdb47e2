package com.licenseforge.issuer.customers;

import com.licenseforge.common.http.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds accounts and organizations by the start of their name (accounts also by external reference), ignoring
 * case. The patterns come from {@code ListQuery.prefixPattern}; the {@code lower(...) text_pattern_ops} indexes
 * serve them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerDirectory {

    private final EntityManager entityManager;

    public CustomerDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An organization with the name of the account it belongs to, for pickers. */
    public record OrganizationEntry(Organization organization, String accountName) {
    }

    public ResultPage<Account> accounts(String prefix, int page, int size) {
        String where = prefix == null ? "" : " where lower(a.name) like :prefix escape '\\'"
                + " or lower(a.externalRef) like :prefix escape '\\'";
        Map<String, Object> params = prefix == null ? Map.of() : Map.of("prefix", prefix);
        List<Account> items = bind(entityManager.createQuery(
                "select a from Account a" + where + " order by lower(a.name), a.id", Account.class), params)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = bind(entityManager.createQuery("select count(a) from Account a" + where, Long.class), params)
                .getSingleResult();
        return new ResultPage<>(items, total);
    }

    public ResultPage<OrganizationEntry> organizations(String prefix, UUID accountId, int page, int size) {
        List<String> where = new ArrayList<>(List.of("a.id = o.accountId"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (prefix != null) {
            where.add("lower(o.name) like :prefix escape '\\'");
            params.put("prefix", prefix);
        }
        if (accountId != null) {
            where.add("o.accountId = :accountId");
            params.put("accountId", accountId);
        }
        String from = " from Organization o, Account a where " + String.join(" and ", where);
        List<OrganizationEntry> items = bind(entityManager.createQuery("select o, a.name" + from
                        + " order by lower(a.name), a.id, lower(o.name), o.id", Object[].class), params)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> new OrganizationEntry((Organization) row[0], (String) row[1])).toList();
        long total = bind(entityManager.createQuery("select count(o)" + from, Long.class), params).getSingleResult();
        return new ResultPage<>(items, total);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
