package com.licenseforge.activation.support;

import com.licenseforge.activation.answers.CustomerInput;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.LicenseRepository;
import com.licenseforge.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The serial a support request names: looked up for an overview, or locked for an intervention (under the
 * license row lock an intervention and a concurrent activation happen one after the other).
 */
@ApplicationScoped
public class SupportedSerials {

    private final LicenseRepository licenses;
    private final SerialOverviews overviews;

    public SupportedSerials(LicenseRepository licenses, SerialOverviews overviews) {
        this.licenses = licenses;
        this.overviews = overviews;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SerialOverview lookup(String serial) {
        return overviews.of(licenses.findBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public License lock(String serial) {
        return licenses.lockBySerial(CustomerInput.serial(serial))
                .orElseThrow(() -> ProblemException.notFound("serial", serial));
    }
}
