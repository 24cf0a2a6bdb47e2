package com.licenseforge.client.api;

import java.util.UUID;

/**
 * An organization of the license's account that it may be activated into, for the product's organization
 * picker; {@code taxId} is null when the vendor recorded none, {@code bound} marks the one holding the license
 * (activating into another is refused until support moves it).
 */
public record Organization(UUID id, String name, String taxId, boolean bound) {
}
