package com.licenseforge.activation.seats;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
public class SeatAssignmentRepository implements PanacheRepositoryBase<SeatAssignment, UUID> {

    /** Module → the distinct users holding its seats on the license's live activations. */
    public Map<String, SortedSet<String>> usersByModule(UUID licenseId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select s.module, s.userName from SeatAssignment s, Activation a
                        where a.id = s.activationId and a.licenseId = :license
                        and a.status = com.licenseforge.activation.activation.ActivationStatus.ACTIVE""", Object[].class)
                .setParameter("license", licenseId)
                .getResultList();
        Map<String, SortedSet<String>> users = new TreeMap<>();
        for (Object[] row : rows) {
            users.computeIfAbsent((String) row[0], m -> new TreeSet<>()).add((String) row[1]);
        }
        return users;
    }

    public void deleteOf(UUID activationId, String module) {
        delete("activationId = ?1 and module = ?2", activationId, module);
    }

    public void deleteOf(UUID activationId) {
        delete("activationId", activationId);
    }

    /** Module → users for one activation. */
    public Map<String, List<String>> usersOf(UUID activationId) {
        Map<String, List<String>> users = new TreeMap<>();
        for (SeatAssignment seat : list("activationId = ?1 order by module, userName", activationId)) {
            users.computeIfAbsent(seat.module, m -> new ArrayList<>()).add(seat.userName);
        }
        return users;
    }
}
