package com.licenseforge.activation.trials;

import com.licenseforge.activation.machines.Activation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TrialRepository implements PanacheRepositoryBase<Trial, UUID> {

    /**
     * Takes the product's trial lock until the transaction ends: trial starts of one product are decided one after
     * the other, so two machines sharing components (which no unique index can catch) cannot both start one.
     */
    public void lockProduct(String productCode) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('trial ' || :product, 0))")
                .setParameter("product", productCode)
                .getSingleResult();
    }

    public Optional<Trial> findByMachine(String productCode, String fingerprintHash) {
        return find("productCode = ?1 and fingerprintHash = ?2", productCode, fingerprintHash).firstResultOptional();
    }

    public Optional<Trial> findByEmail(String productCode, String emailKey) {
        return find("productCode = ?1 and emailKey = ?2", productCode, emailKey).firstResultOptional();
    }

    /** An earlier trial of the product on a machine that {@code components} mostly still describe (the re-registration rule). */
    @SuppressWarnings("unchecked")
    public Optional<Trial> findByComponents(String productCode, Map<String, String> components) {
        String[] keys = keys(productCode, components);
        if (keys == null || keys.length == 0) {
            return Optional.empty();
        }
        List<Trial> sharing = getEntityManager().createNativeQuery(
                        "select * from trial where component_keys && cast(:keys as text[])", Trial.class)
                .setParameter("keys", keys)
                .getResultList();
        return sharing.stream().filter(trial -> Activation.recognises(trial.components, components)).findFirst();
    }

    /** The components as "product name=value" keys, canonical as the re-registration rule compares them. */
    static String[] keys(String productCode, Map<String, String> components) {
        String[] pairs = Activation.pairs(components);
        return pairs == null ? null : Arrays.stream(pairs).map(pair -> productCode + " " + pair).toArray(String[]::new);
    }
}
