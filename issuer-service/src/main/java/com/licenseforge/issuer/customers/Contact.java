package com.licenseforge.issuer.customers;

import java.util.List;

/** A person at the account who receives mail: in {@code language} ({@code en}, {@code de}, {@code zh}), on {@code topics}. */
public record Contact(String email, String name, String language, List<ContactTopic> topics) {
}
