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

    /**
     * SQL for the one-statement reads: module → distinct users holding its seats on the license {@code l.id}, as a
     * JSON object, from the counts the database keeps ({@code module_seat_use}).
     */
    public static final String USERS_BY_MODULE = """
            (select coalesce(json_object_agg(module, users), '{}')::text
               from module_seat_use where license_id = l.id and users > 0)""";

    /*
     * Seats are held on live activations only (ending an activation deletes its seats), so the license's seat
     * rows are read by the license index without visiting its activations.
     */

    /** The distinct users holding the module's seats on the license. */
    public SortedSet<String> users(UUID licenseId, String module) {
        return new TreeSet<>(getEntityManager().createQuery("""
                        select distinct s.userName from SeatAssignment s where s.licenseId = :license and s.module = :module""",
                        String.class)
                .setParameter("license", licenseId)
                .setParameter("module", module)
                .getResultList());
    }

    /** The distinct users holding the module's seats on the license's machines other than {@code activationId}. */
    public SortedSet<String> usersOnOtherMachines(UUID licenseId, String module, UUID activationId) {
        return new TreeSet<>(getEntityManager().createQuery("""
                        select distinct s.userName from SeatAssignment s
                         where s.licenseId = :license and s.module = :module and s.activationId <> :activation""",
                        String.class)
                .setParameter("license", licenseId)
                .setParameter("module", module)
                .setParameter("activation", activationId)
                .getResultList());
    }

    /** Module → how many distinct users hold its seats on the license (the count the database keeps). */
    public Map<String, Integer> assignedByModule(UUID licenseId) {
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "select module, users from module_seat_use where license_id = :license and users > 0", Object[].class)
                .setParameter("license", licenseId)
                .getResultList();
        Map<String, Integer> assigned = new TreeMap<>();
        for (Object[] row : rows) {
            assigned.put((String) row[0], ((Number) row[1]).intValue());
        }
        return assigned;
    }

    public void deleteOf(UUID activationId, String module) {
        delete("activationId = ?1 and module = ?2", activationId, module);
    }

    /** Frees {@code user}'s seat of {@code module} on the machine; answers whether the user held one. */
    public boolean deleteOf(UUID activationId, String module, String user) {
        return delete("activationId = ?1 and module = ?2 and userName = ?3", activationId, module, user) > 0;
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
