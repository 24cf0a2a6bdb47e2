package com.licenseforge.activation.readmodel;

import com.licenseforge.common.events.EventEnvelope;

/**
 * A license event the read model has applied, fired to the rooms that act on it too (account transfers). Its
 * observers run in the consumer's transaction, so their effect and the event's record as applied commit together.
 */
public record LicenseEventApplied(EventEnvelope event) {
}
