package com.licenseforge.client.api;

import com.licenseforge.client.CdKey;

import java.time.Instant;

/**
 * A started trial: its serial and CD key (shown to the prospect once, needed to deactivate or re-register), its
 * activation on this machine, when it ends, and the billing reference that the shop puts on the subscription
 * the prospect buys (its first paid invoice converts the trial).
 */
public record TrialLease(String serial, CdKey cdKey, ActivationLease lease, Instant trialEndsAt, String billingRef) {
}
