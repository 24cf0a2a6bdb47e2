package com.licenseforge.console.signin;

import jakarta.enterprise.context.RequestScoped;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of the form this request posted, for pages whose field names depend on data (seats per module). */
@RequestScoped
public class SubmittedForm {

    private FormData data;

    void set(FormData data) {
        this.data = data;
    }

    public String get(String name) {
        var value = data == null ? null : data.getFirst(name);
        return value == null ? null : value.getValue();
    }

    /** The fields whose names start with {@code prefix}, keyed by the rest of the name. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (data != null) {
            for (String name : data) {
                if (name.startsWith(prefix) && data.getFirst(name) != null) {
                    fields.put(name.substring(prefix.length()), data.getFirst(name).getValue());
                }
            }
        }
        return fields;
    }
}
