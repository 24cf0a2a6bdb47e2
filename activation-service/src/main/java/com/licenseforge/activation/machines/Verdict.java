package com.licenseforge.activation.machines;

import com.licenseforge.activation.answers.Answers;
import com.licenseforge.activation.answers.Refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validation's answer: valid or not, its code and detail, the data to act on, and the machine's activation. */
public record Verdict(boolean valid, String code, String detail, Map<String, Object> data, Activation activation) {

    public Verdict {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static Verdict valid(String code, String detail, Activation activation) {
        return new Verdict(true, code, detail, Map.of(), activation);
    }

    public static Verdict invalid(Refusal refusal) {
        return new Verdict(false, refusal.code(), refusal.detail(), refusal.data(), null);
    }

    /** This verdict with {@code name} added to its data (in order), or unchanged when {@code value} is null. */
    public Verdict with(String name, Object value) {
        return value == null ? this : new Verdict(valid, code, detail, Answers.with(data, name, value), activation);
    }
}
