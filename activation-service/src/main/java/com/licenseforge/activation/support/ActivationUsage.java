package com.licenseforge.activation.support;

import com.licenseforge.activation.machines.ActivationStatus;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.common.http.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** How many activation slots each license of an account uses: one query a page, counted by the license index. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActivationUsage {

    private final LicenseRepository licenses;

    public ActivationUsage(LicenseRepository licenses) {
        this.licenses = licenses;
    }

    public record LicenseUsage(UUID licenseId, String serial, String productCode, int activationsUsed,
                               int maxActivations, UUID boundOrganizationId) {
    }

    public ResultPage<LicenseUsage> ofAccount(UUID accountId, int page, int size) {
        List<LicenseUsage> usage = licenses.getEntityManager().createQuery("""
                        select new com.licenseforge.activation.support.ActivationUsage$LicenseUsage(
                            l.id, l.serial, l.productCode,
                            cast((select count(a) from Activation a where a.licenseId = l.id and a.status = :active) as int),
                            l.maxActivations, l.boundOrganizationId)
                        from License l where l.accountId = :account order by l.serial""", LicenseUsage.class)
                .setParameter("active", ActivationStatus.ACTIVE)
                .setParameter("account", accountId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(usage, licenses.count("accountId", accountId));
    }
}
