package com.licenseforge.activation.offline;

import com.licenseforge.activation.machines.Activation;
import com.licenseforge.activation.machines.ActivationService;
import com.licenseforge.activation.machines.OneTimeRequest;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Activates from an offline request file: the online activation with the proof as credential, and the
 * request's nonce spent in the same transaction with the activation it made. The identical request may come
 * again and gets that activation back while it lives; once it ended the file is spent and makes nothing, so a
 * captured copy cannot take the slot of the machine that replaced it. Any other request with a spent nonce is
 * refused and changes nothing.
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
        return activations.activate(request.intent(), clientAddress, new SpentOnce(request));
    }

    /** The request's nonce, looked up and spent under the license row lock the activation holds. */
    private final class SpentOnce implements OneTimeRequest {

        private final OfflineRequest request;
        private OfflineNonce spent;

        SpentOnce(OfflineRequest request) {
            this.request = request;
        }

        @Override
        public Optional<UUID> madeBefore(License license) {
            spent = nonces.findByIdOptional(new OfflineNonce.Key(license.id, request.nonce())).orElse(null);
            if (spent == null) {
                return Optional.empty();
            }
            if (!spent.requestDigest.equals(request.digest())) {
                throw ProblemException.validation("Nonce",
                        "was already used by another request; every request needs a new one");
            }
            // a nonce spent before activations were recorded with it made one that cannot be named any more
            return Optional.of(spent.activationId == null ? new UUID(0, 0) : spent.activationId);
        }

        @Override
        public void made(License license, Activation activation) {
            if (spent != null) {
                return;
            }
            OfflineNonce nonce = new OfflineNonce();
            nonce.licenseId = license.id;
            nonce.nonce = request.nonce();
            nonce.requestDigest = request.digest();
            nonce.activationId = activation.id;
            nonce.usedAt = Instant.now();
            nonces.persist(nonce);
        }
    }
}
