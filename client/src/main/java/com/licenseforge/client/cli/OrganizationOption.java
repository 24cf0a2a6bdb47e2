package com.licenseforge.client.cli;

import com.licenseforge.client.api.Organization;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The organization an administrator named on the command line: its id as it stands, else its number or its name
 * (ignoring case) in the list the {@code organizations} command prints, fetched only then.
 */
final class OrganizationOption {

    private OrganizationOption() {
    }

    static UUID resolve(String given, Supplier<List<Organization>> organizations) {
        try {
            return UUID.fromString(given);
        } catch (IllegalArgumentException notAnId) {
            return pick(given.strip(), organizations.get()).id();
        }
    }

    private static Organization pick(String given, List<Organization> organizations) {
        if (given.matches("\\d{1,4}")) {
            int number = Integer.parseInt(given);
            if (number < 1 || number > organizations.size()) {
                throw new IllegalArgumentException("there is no organization number " + number + "; the license's "
                        + "account has " + organizations.size());
            }
            return organizations.get(number - 1);
        }
        List<Organization> named = organizations.stream().filter(o -> o.name().equalsIgnoreCase(given)).toList();
        if (named.size() != 1) {
            throw new IllegalArgumentException(named.isEmpty()
                    ? "the license's account has no organization named " + given
                    : named.size() + " organizations are named " + given + "; give its number or id");
        }
        return named.get(0);
    }
}
