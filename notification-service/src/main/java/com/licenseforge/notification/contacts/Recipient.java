package com.licenseforge.notification.contacts;

/** One contact as mail addresses it: where, whom, in which language. */
public record Recipient(String email, String name, String language) {
}
