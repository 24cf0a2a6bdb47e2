package com.licenseforge.activation.audit;

/** A staff member (the JWT subject) acting in a role, with the request id that ties an audit entry to its call. */
public record Actor(String name, String role, String requestId) {
}
