package com.licenseforge.activation.answers;

import com.licenseforge.common.format.Fingerprint;
import com.licenseforge.common.format.Serial;
import com.licenseforge.common.problem.ProblemException;

/** Formats a customer system sends: a malformed serial or fingerprint is bad input, never an unknown one. */
public final class CustomerInput {

    private CustomerInput() {
    }

    public static String serial(String serial) {
        return serial("serial", serial);
    }

    public static String serial(String field, String serial) {
        return Serial.require(field, serial);
    }

    /** Only the hash is kept and compared; the raw fingerprint is not stored. */
    public static String fingerprintHash(String field, String fingerprint) {
        if (!Fingerprint.isWellFormed(fingerprint)) {
            throw ProblemException.validation(field, "must be " + Fingerprint.MIN_LENGTH + " to "
                    + Fingerprint.MAX_LENGTH + " characters");
        }
        return Fingerprint.hash(fingerprint);
    }
}
