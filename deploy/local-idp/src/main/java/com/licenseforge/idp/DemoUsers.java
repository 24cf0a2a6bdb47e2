package com.licenseforge.idp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo users, one per staff role, from a file of lines "username role password" written by deploy/local/up. */
final class DemoUsers {

    record User(String username, String role, String password) {
    }

    private final Map<String, User> byName;

    private DemoUsers(Map<String, User> byName) {
        this.byName = byName;
    }

    static DemoUsers load(Path file) throws IOException {
        Map<String, User> users = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3) {
                users.put(parts[0], new User(parts[0], parts[1], parts[2]));
            }
        }
        return new DemoUsers(users);
    }

    List<User> all() {
        return List.copyOf(byName.values());
    }

    Optional<User> authenticate(String username, String password) {
        User user = byName.get(username == null ? "" : username);
        if (user == null || password == null) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(user) : Optional.empty();
    }
}
