package com.licenseforge.activation.activation;


import java.util.LinkedHashMap;
import java.util.Map;

/** A validation's answer: valid or not, its code and detail, the data to act on, and the machine's activation. */
public record Verdict(boolean valid, String code, String detail, Map<String, Object> data, Activation activation) {

    public static Verdict valid(String code, String detail, Activation activation) {
        return new Verdict(true, code, detail, new LinkedHashMap<>(), activation);
    }

    public static Verdict invalid(Refusal refusal) {
        return new Verdict(false, refusal.code(), refusal.detail(), refusal.data(), null);
    }

    public Verdict with(String name, Object value) {
        if (value != null) {
            data.put(name, value);
        }
        return this;
    }
}
