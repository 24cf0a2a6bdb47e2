package com.licenseforge.activation.seats;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change of seat counts would do to a license's seat holders, before sales makes it: the proposal
 * replaces the seats per module (a module left out gets none, as the issuer's module change does), and each
 * module in excess under {@link SeatExcess} names its holders. Reads only; the issuer checks the modules
 * against the product when the change is made.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeatChangePreviews {

    private final LicenseRepository licenses;
    private final SeatAssignmentRepository seats;

    public SeatChangePreviews(LicenseRepository licenses, SeatAssignmentRepository seats) {
        this.licenses = licenses;
        this.seats = seats;
    }

    /** One module under the proposal: proposed and current seats, distinct holders, and how many and who are in excess. */
    public record ModulePreview(String module, int seats, int currentSeats, int assigned, int excess, List<String> users) {
    }

    public record SeatChangePreview(String serial, boolean wouldExceed, List<ModulePreview> modules) {
    }

    public SeatChangePreview preview(String serial, Map<String, Integer> proposed) {
        License license = licenses.findBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial));
        Map<String, Integer> assignedByModule = seats.assignedByModule(license.id);
        Map<String, SeatExcess> excess = SeatExcess.of(assignedByModule, m -> proposed.getOrDefault(m, 0),
                        m -> seats.users(license.id, m)).stream()
                .collect(Collectors.toMap(SeatExcess::module, Function.identity()));
        Set<String> modules = new TreeSet<>(license.modules.keySet());
        modules.addAll(proposed.keySet());
        modules.addAll(assignedByModule.keySet());
        List<ModulePreview> previews = modules.stream().map(module -> {
            SeatExcess over = excess.get(module);
            int assigned = assignedByModule.getOrDefault(module, 0);
            return new ModulePreview(module, proposed.getOrDefault(module, 0), license.seats(module), assigned,
                    over == null ? 0 : over.assigned() - over.seats(), over == null ? List.of() : over.users());
        }).toList();
        return new SeatChangePreview(license.serial, !excess.isEmpty(), previews);
    }
}
