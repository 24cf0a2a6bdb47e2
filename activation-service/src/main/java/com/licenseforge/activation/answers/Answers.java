package com.licenseforge.activation.answers;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the immutable answers (refusals, verdicts) share. */
public final class Answers {

    private Answers() {
    }

    /** A copy of {@code data} with {@code name} set, keeping the order the members were added in. */
    public static Map<String, Object> with(Map<String, Object> data, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(name, value);
        return copy;
    }
}
