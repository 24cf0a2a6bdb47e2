package com.licenseforge.common.events;

import java.util.Set;

/** Event type names: dot-separated, past tense, prefixed by the aggregate. */
public final class EventTypes {
    public static final String PRODUCT_REGISTERED = "product.registered";
    public static final String PRODUCT_VERSION_RELEASED = "product.version-released";
    public static final String ACCOUNT_REGISTERED = "account.registered";
    public static final String ORGANIZATION_REGISTERED = "organization.registered";
    /** Sales changed a product's trial policy; payload {@link TrialPolicyChanged}, keyed by the product code. */
    public static final String PRODUCT_TRIAL_POLICY_CHANGED = "product.trial-policy-changed";
    /** An account's contacts were replaced; payload {@link AccountContactsChanged}, keyed by the account id. */
    public static final String ACCOUNT_CONTACTS_CHANGED = "account.contacts-changed";
    /** A contact asked to sign in to the customer portal: the one-time link to mail ({@link SigninLinkRequested}). */
    public static final String CUSTOMER_SIGNIN_LINK_REQUESTED = "customer.signin-link-requested";

    public static final String LICENSE_ISSUED = "license.issued";
    public static final String LICENSE_RENEWED = "license.renewed";
    public static final String LICENSE_MODULES_CHANGED = "license.modules-changed";
    public static final String LICENSE_SUSPENDED = "license.suspended";
    public static final String LICENSE_REINSTATED = "license.reinstated";
    public static final String LICENSE_REVOKED = "license.revoked";
    /** The issuer confirmed an account transfer that support requested: the snapshot carries the new account. */
    public static final String LICENSE_ACCOUNT_TRANSFERRED = "license.account-transferred";
    /** The issuer refused an account transfer; payload {@link AccountTransferRefused}. */
    public static final String LICENSE_ACCOUNT_TRANSFER_REFUSED = "license.account-transfer-refused";

    /** The issuer adopted a trial activation-service started; payload {@link TrialStarted} (with the contact e-mail). */
    public static final String LICENSE_TRIAL_STARTED = "license.trial-started";
    /** A trial became a paid license (sales, or its first paid invoice); payload {@link TrialConverted}. */
    public static final String LICENSE_TRIAL_CONVERTED = "license.trial-converted";
    /** A trial ended, converted or run out: the trial's snapshot, {@code reason} {@code CONVERTED} or {@code ENDED}. */
    public static final String LICENSE_TRIAL_ENDED = "license.trial-ended";
    /** A new license's CD key and file, sealed for the notification service; payload {@link LicenseDelivery}. */
    public static final String LICENSE_DELIVERY_SEALED = "license.delivery-sealed";

    /** The {@code license.*} types whose payload is a {@link LicenseSnapshot}. */
    private static final Set<String> LICENSE_SNAPSHOTS = Set.of(LICENSE_ISSUED, LICENSE_RENEWED,
            LICENSE_MODULES_CHANGED, LICENSE_SUSPENDED, LICENSE_REINSTATED, LICENSE_REVOKED,
            LICENSE_ACCOUNT_TRANSFERRED, LICENSE_TRIAL_ENDED);

    public static final String ACTIVATION_CREATED = "activation.created";
    public static final String ACTIVATION_DEACTIVATED = "activation.deactivated";
    public static final String ACTIVATION_REREGISTERED = "activation.reregistered";
    /** A floating license's machine missed its lease by more than the grace; its slot is free. */
    public static final String ACTIVATION_CULLED = "activation.culled";
    /** A floating license's machine took its lease out for offline use until a given time. */
    public static final String ACTIVATION_BORROWED = "activation.borrowed";
    /** Support moved a license's binding to another organization; payload {@link LicenseReassigned}. */
    public static final String ACTIVATION_REASSIGNED = "activation.reassigned";
    /** Support asked to move a license to another account; payload {@link AccountTransferRequested}. */
    public static final String ACTIVATION_ACCOUNT_TRANSFER_REQUESTED = "activation.account-transfer-requested";
    /** A prospect started a trial, activated on its machine; the issuer adopts it as a license. Payload {@link TrialStarted}. */
    public static final String ACTIVATION_TRIAL_STARTED = "activation.trial-started";

    public static final String BILLING_PAST_DUE = "billing.past-due";
    public static final String BILLING_SUSPENDED = "billing.suspended";
    public static final String BILLING_RESTORED = "billing.restored";
    public static final String BILLING_RENEWED = "billing.renewed";
    /** The provider reported an invoice of a license paid; payload {@link InvoicePaid}. */
    public static final String BILLING_INVOICE_PAID = "billing.invoice-paid";

    private EventTypes() {
    }

    public static boolean carriesLicenseSnapshot(String type) {
        return LICENSE_SNAPSHOTS.contains(type);
    }
}
