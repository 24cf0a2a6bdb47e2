package com.licenseforge.activation.domain;

/** A staff member acting in a role, as the audit trail records them. */
public record Actor(String name, String role) {
}
