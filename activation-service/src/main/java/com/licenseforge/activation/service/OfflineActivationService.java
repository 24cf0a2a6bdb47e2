package com.licenseforge.activation.service;

import com.licenseforge.activation.domain.OfflineNonce;
import com.licenseforge.activation.repository.OfflineNonceRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Activates from an offline request file: the online activation with the proof as credential, and the
 * request's nonce spent in the same transaction. The identical request may come again and gets its
 * activation back; any other request with a spent nonce is refused and changes nothing.
 */
@ApplicationScoped
public class OfflineActivationService {

    private final ActivationService activations;
    private final OfflineNonceRepository nonces;

    public OfflineActivationService(ActivationService activations, OfflineNonceRepository nonces) {
        this.activations = activations;
        this.nonces = nonces;
    }

    @Transactional
    public ActivationService.Activated activate(OfflineRequest request, String clientAddress) {
        ActivationService.Activated activated = activations.activate(request.intent(), clientAddress);
        // the license row lock taken by the activation serialises requests for one license, so this read is current
        Optional<OfflineNonce> spent = nonces.findByIdOptional(
                new OfflineNonce.Key(activated.license().id, request.nonce()));
        if (spent.isEmpty()) {
            OfflineNonce nonce = new OfflineNonce();
            nonce.licenseId = activated.license().id;
            nonce.nonce = request.nonce();
            nonce.requestDigest = request.digest();
            nonce.usedAt = Instant.now();
            nonces.persist(nonce);
        } else if (!spent.get().requestDigest.equals(request.digest())) {
            throw ProblemException.validation("Nonce",
                    "was already used by another request; every request needs a new one");
        }
        return activated;
    }
}
