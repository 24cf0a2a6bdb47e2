package com.licenseforge.console.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/**
 * The page between a destructive form and its effect: it says what will happen and resends the same fields
 * with {@code confirm=yes} when the staff member goes ahead.
 */
@TemplateData
public record Confirmation(String title, List<String> consequences, String action, Map<String, String> fields,
                           String button, String cancel) {
}
