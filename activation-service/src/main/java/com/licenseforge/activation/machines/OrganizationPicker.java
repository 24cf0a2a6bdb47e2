package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.credentials.Credential;
import com.licenseforge.activation.readmodel.CatalogueRepository;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The organizations a customer may activate its license into, so that it picks one by name instead of typing an
 * id: those of the license's account, the one holding the binding marked. Proven by serial and CD key like an
 * activation, so a stranger learns nothing about an account, and wrong keys count towards the same lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationPicker {

    /** An account with more organizations than a person can pick from shows the first ones by name. */
    public static final int LIMIT = 500;

    private final CredentialGate gate;
    private final LicenseRepository licenses;
    private final CatalogueRepository catalogue;

    public OrganizationPicker(CredentialGate gate, LicenseRepository licenses, CatalogueRepository catalogue) {
        this.gate = gate;
        this.licenses = licenses;
        this.catalogue = catalogue;
    }

    public List<OrganizationChoice> choices(OrganizationsRequest request, String clientAddress) {
        String serial = CustomerInput.serial(request.serial());
        License license = gate.admit(serial, () -> licenses.findBySerial(serial), new Credential.Key(request.cdKey()),
                clientAddress);
        return catalogue.organizationsOf(license.accountId, LIMIT).stream()
                .map(o -> new OrganizationChoice(o.id, o.name, o.taxId, o.id.equals(license.boundOrganizationId)))
                .toList();
    }
}
