package com.licenseforge.common.events;

/** What an event carries: one of the payloads the services exchange, each read as its own type. */
public sealed interface EventPayload permits AccountRegistered, AccountTransferRefused, AccountTransferRequested,
        ActivationChanged, BillingRenewed, BillingStandingChanged, InvoicePaid, LicenseReassigned, LicenseSnapshot,
        OrganizationRegistered, ProductRegistered, ProductVersionReleased, TrialConverted, TrialPolicyChanged,
        TrialStarted {
}
