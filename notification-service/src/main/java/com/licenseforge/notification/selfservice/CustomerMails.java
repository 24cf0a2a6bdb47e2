package com.licenseforge.notification.selfservice;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.http.ResultPage;
import com.licenseforge.notification.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The mails about the licenses a customer token reaches (its account's, by the licenses' current account, or its
 * one license), newest first. Sign-in link mails concern no license and are never listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CustomerMails {

    private static final String OF_ACCOUNT = " from Mail m, LicenseFact l where l.licenseId = m.licenseId"
            + " and l.accountId = :scope";
    private static final String OF_LICENSE = " from Mail m, LicenseFact l where l.licenseId = m.licenseId"
            + " and l.licenseId = :scope";

    private final EntityManager em;

    public CustomerMails(EntityManager em) {
        this.em = em;
    }

    public ResultPage<CustomerMailView> of(CustomerScope scope, int page, int size) {
        String from = scope.isAccount() ? OF_ACCOUNT : OF_LICENSE;
        UUID id = scope.isAccount() ? scope.accountId() : scope.licenseId();
        TypedQuery<Object[]> rows = em.createQuery("select m, l.serial" + from
                + " order by m.createdAt desc, m.id", Object[].class)
                .setParameter("scope", id)
                .setFirstResult(page * size)
                .setMaxResults(size);
        List<CustomerMailView> mails = rows.getResultList().stream()
                .map(row -> CustomerMailView.of((Mail) row[0], (String) row[1])).toList();
        long total = em.createQuery("select count(m)" + from, Long.class).setParameter("scope", id).getSingleResult();
        return new ResultPage<>(mails, total);
    }
}
