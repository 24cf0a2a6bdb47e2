package com.licenseforge.activation.selfservice;

import com.licenseforge.activation.offline.OfflineRequest;
import com.licenseforge.activation.offline.OfflineResponses;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * An offline request file the customer uploads in the portal for one of their licenses, answered as the offline
 * activation answers it (same checks, slots and refusals; the file's proof stands for the CD key) and audited.
 */
@ApplicationScoped
public class CustomerOfflineActivations {

    private final LicenseRepository licenses;
    private final OfflineResponses responses;
    private final AuditTrail audit;

    public CustomerOfflineActivations(LicenseRepository licenses, OfflineResponses responses, AuditTrail audit) {
        this.licenses = licenses;
        this.responses = responses;
        this.audit = audit;
    }

    @Transactional
    public OfflineResponses.Answer respond(CustomerScope scope, UUID licenseId, String file, String clientAddress,
                                           Actor actor) {
        License license = licenses.findByIdOptional(licenseId).filter(l -> scope.covers(l.id, l.accountId))
                .orElseThrow(() -> ProblemException.notFound("license", licenseId));
        OfflineRequest request = responses.parse(file);
        if (!Serial.parse(request.serial()).map(license.serial::equals).orElse(false)) {
            throw ProblemException.validation("Serial", "is not the serial of license " + licenseId);
        }
        OfflineResponses.Answer answer = responses.answer(request, clientAddress);
        audit.record(actor, "activate offline", AuditTarget.activation(answer.activation().id, license.serial), null,
                Map.of("hostname", String.valueOf(answer.activation().hostname)), "activated offline by the customer");
        return answer;
    }
}
