package com.licenseforge.common.staff;

/**
 * Who causes a change: a staff member (JWT subject and the role that allowed the action) or a system, with the
 * request id that ties the change to its call.
 */
public record Actor(String name, String role, String requestId) {

    public static Actor system(String name) {
        return new Actor(name, "system", null);
    }
}
