package com.licenseforge.activation.answers;

/** A successful answer that still names its outcome with a code (a validation's VALID, PAST_DUE, ...). */
public interface CodedAnswer {

    String code();
}
