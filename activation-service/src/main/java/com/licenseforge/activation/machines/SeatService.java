package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Codes;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.seats.SeatAssignment;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

/**
 * Which users hold which module seats. A module's seats count across all live activations of the license;
 * an assignment that would exceed them is refused, while one that removes users is always accepted, so a
 * customer can bring a reduced license back within its seats. A revoked, suspended or expired license takes
 * no assignment at all (see {@link ActivationLock#lockUsable}).
 */
@ApplicationScoped
@Transactional
public class SeatService {

    private final ActivationLock lock;
    private final SeatAssignmentRepository seats;

    public SeatService(ActivationLock lock, SeatAssignmentRepository seats) {
        this.lock = lock;
        this.seats = seats;
    }

    /** The module's seats and how many distinct users hold them on the license after the change. */
    public record Seats(String module, int seats, int assigned) {
    }

    public Seats assign(UUID activationId, String module, SeatRequest request, String clientAddress) {
        ActivationLock.Usable locked = lock.lockUsable(activationId, request.cdKey(), clientAddress);
        License license = locked.license();
        Activation activation = locked.activation();
        if (!activation.isActive()) {
            throw ProblemException.notFound("live activation", activationId);
        }
        Set<String> users = new LinkedHashSet<>(request.users().stream().map(String::strip).toList());
        if (!users.isEmpty() && !license.modules.containsKey(module)) {
            throw ProblemException.validation("module", module + " is not licensed");
        }
        // Counted before anything is written (the license row is locked, so the count holds): a list far beyond
        // the seats is refused without inserting its rows only to roll them back.
        Set<String> before = seats.users(license.id, module);
        SortedSet<String> after = seats.usersOnOtherMachines(license.id, module, activation.id);
        after.addAll(users);
        int allowed = license.seats(module);
        if (after.size() > allowed && !before.containsAll(after)) {
            throw new ProblemException(409, Codes.EXCESS_SEAT_ASSIGNMENTS, after.size() + " users would hold the "
                    + allowed + " seats of " + module)
                    .with("excess", List.of(Map.of("module", module, "seats", allowed, "assigned", after.size(),
                            "users", List.copyOf(after))));
        }
        seats.deleteOf(activation.id, module);
        users.forEach(user -> seats.persist(SeatAssignment.of(activation.id, license.id, module, user)));
        return new Seats(module, allowed, after.size());
    }
}
