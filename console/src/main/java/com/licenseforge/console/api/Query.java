package com.licenseforge.console.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A query string from the filters a staff member filled in: blank ones are left out. */
public final class Query {

    private final Map<String, String> params;
    private final int page;
    private final int size;

    private Query(Map<String, String> params, int page, int size) {
        this.params = params;
        this.page = page;
        this.size = size;
    }

    public static Query page(Integer page, int size) {
        return new Query(new LinkedHashMap<>(), page == null || page < 0 ? 0 : page, size);
    }

    public Query with(String name, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value != null && !value.toString().isBlank()) {
            copy.put(name, value.toString().strip());
        }
        return new Query(copy, page, size);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    @Override
    public String toString() {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
