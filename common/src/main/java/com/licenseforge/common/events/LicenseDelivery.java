package com.licenseforge.common.events;

import java.util.UUID;

/**
 * {@code license.delivery-sealed}: what the licensee receives with a new license, for the notification service to
 * mail once. {@code sealed} is a {@link com.licenseforge.common.seal.DeliverySeal} of a JSON object with
 * {@code licenseFile} and, unless the product keeps CD keys out of mail, {@code cdKey}.
 */
public record LicenseDelivery(UUID licenseId, String serial, String sealed) implements EventPayload {
}
