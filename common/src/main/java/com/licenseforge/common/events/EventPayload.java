package com.licenseforge.common.events;

/** What an event carries: one of the payloads the services exchange, each read as its own type. */
public sealed interface EventPayload permits AccountContactsChanged, AccountRegistered, AccountTransferRefused,
        AccountTransferRequested, ActivationChanged, BillingRenewed, BillingStandingChanged, InvoicePaid, LicenseDelivery,
        LicenseReassigned, LicenseSnapshot, OrganizationRegistered, ProductRegistered, ProductVersionReleased,
        SigninLinkRequested, TrialConverted, TrialPolicyChanged, TrialStarted {
}
