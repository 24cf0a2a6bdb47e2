package com.licenseforge.common.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code account.contacts-changed}: the whole list of an account's contacts after the change (an upsert for the
 * consumer). {@code language} is {@code en}, {@code de} or {@code zh}; {@code topics} are among
 * {@code LICENSES}, {@code BILLING}, {@code TECHNICAL}.
 */
public record AccountContactsChanged(UUID accountId, long version, List<Contact> contacts) implements EventPayload {

    public record Contact(String email, String name, String language, List<String> topics) {
    }
}
