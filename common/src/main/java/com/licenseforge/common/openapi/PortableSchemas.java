package com.licenseforge.common.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * Keeps schemas within what every client generator reads the same way. JSON Schema patterns are ECMA-262 regular
 * expressions that match anywhere in the value, where Bean Validation's {@code @Pattern} is Java's and must match
 * the whole value: a pattern is published anchored, so a client checks what the server checks (the one exception is
 * {@code \S}, what {@code @NotBlank} is published as, meant to match anywhere). An enumeration without a type gets
 * the type of its values.
 */
final class PortableSchemas {

    /** What {@code @NotBlank} is published as: some character that is no white space, anywhere. */
    static final String NOT_BLANK = "\\S";

    private PortableSchemas() {
    }

    static Schema portable(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !NOT_BLANK.equals(pattern)) {
            schema.setPattern(anchored(pattern));
        }
        List<Object> values = schema.getEnumeration();
        if ((schema.getType() == null || schema.getType().isEmpty()) && values != null && !values.isEmpty()
                && values.stream().allMatch(String.class::isInstance)) {
            schema.addType(Schema.SchemaType.STRING);
        }
        return schema;
    }

    static String anchored(String pattern) {
        String start = pattern.startsWith("^") ? "" : "^";
        String end = pattern.endsWith("$") && !pattern.endsWith("\\$") ? "" : "$";
        if (!start.isEmpty() && !end.isEmpty() && pattern.contains("|")) {
            return "^(?:" + pattern + ")$";
        }
        return start + pattern + end;
    }
}
