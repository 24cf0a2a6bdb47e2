package com.licenseforge.client.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The tool's settings: {@code --name value} options, over the same names in a {@code --config} properties
 * file; {@code component.<name>} and {@code license-keys}/{@code activation-keys} may hold several values
 * (options repeated, or comma-separated in the file). What is not an option is an argument.
 */
final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();

    static Options parse(List<String> args) {
        Options options = new Options();
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                given.computeIfAbsent(arg.substring(2), name -> new ArrayList<>()).add(args.get(++i));
            } else {
                options.arguments.add(arg);
            }
        }
        if (given.containsKey("config")) {
            options.load(Path.of(given.get("config").get(0)));
        }
        options.values.putAll(given);
        return options;
    }

    private void load(Path config) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config, e);
        }
        properties.stringPropertyNames().forEach(name -> values.put(name,
                List.of(properties.getProperty(name).split("\\s*,\\s*"))));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).map(list -> list.get(list.size() - 1));
    }

    String require(String name) {
        return get(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Options named {@code prefix<suffix>}, by suffix. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (name.startsWith(prefix)) {
                found.put(name.substring(prefix.length()), list.get(list.size() - 1));
            }
        });
        return found;
    }

    String argument(int index, String what) {
        if (index >= arguments.size()) {
            throw new UsageException(what + " is required");
        }
        return arguments.get(index);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
