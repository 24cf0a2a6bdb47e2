package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.ServiceProblem;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The issue form as sales filled it in, kept as typed so a refusal shows the form again with nothing lost and
 * each message beside its field. Fields are named as the issuer names them in {@code errors[].field}
 * ({@code modules.<module>}, {@code maxActivations}, ...), so its refusals land beside the right input.
 */
@TemplateData
public record LicenseDraft(Map<String, String> seats, String maxActivations, String startsAt, String expiresAt,
                           String maintenanceUntil, String billingRef, String model, String heartbeatMinutes,
                           Map<String, String> errors, String problem) {

    static final String MODULES = "modules";
    static final String FLOATING = "FLOATING";
    private static final Set<String> FIELDS = Set.of(MODULES, "maxActivations", "startsAt", "expiresAt",
            "maintenanceUntil", "billingRef", "model", "heartbeatInterval");

    /** The form as it opens: every module at 0 (not licensed), one activation, a year of validity and maintenance. */
    static LicenseDraft blank(List<String> modules, LocalDate today) {
        Map<String, String> seats = new LinkedHashMap<>();
        modules.forEach(module -> seats.put(module, "0"));
        String inAYear = today.plusDays(365).toString();
        return new LicenseDraft(seats, "1", "", inAYear, inAYear, "", "NODE_LOCKED", "", Map.of(), null);
    }

    /**
     * A trial's conversion form as it opens: the seats and activations the trial granted (the product's trial
     * policy), a year of validity and maintenance.
     */
    static LicenseDraft converting(List<String> modules, IssuerApi.TrialPolicy policy, LocalDate today) {
        LicenseDraft blank = blank(modules, today);
        if (policy == null || policy.modules() == null) {
            return blank;
        }
        Map<String, String> seats = new LinkedHashMap<>();
        modules.forEach(module -> seats.put(module, String.valueOf(policy.modules().getOrDefault(module, 0))));
        return new LicenseDraft(seats, String.valueOf(policy.maxActivations()), "", blank.expiresAt(),
                blank.maintenanceUntil(), "", "NODE_LOCKED", "", Map.of(), null);
    }

    static LicenseDraft submitted(Map<String, String> seats, String maxActivations, String startsAt, String expiresAt,
                                  String maintenanceUntil, String billingRef, String model, String heartbeatMinutes) {
        return new LicenseDraft(Map.copyOf(seats), maxActivations, startsAt, expiresAt, maintenanceUntil, billingRef,
                model == null || model.isBlank() ? "NODE_LOCKED" : model, heartbeatMinutes, Map.of(), null);
    }

    public boolean floating() {
        return FLOATING.equals(model);
    }

    /** The issuer's request; a module at 0 (or left empty) is not licensed and stays out of it. */
    IssuerApi.NewLicense request(String productCode, UUID accountId) {
        Map<String, String> invalid = new LinkedHashMap<>();
        Map<String, Integer> modules = new LinkedHashMap<>();
        seats.forEach((module, value) -> {
            Integer count = number(value, MODULES + "." + module, invalid);
            if (count != null && count != 0) {
                modules.put(module, count);
            }
        });
        if (modules.isEmpty() && invalid.isEmpty()) {
            invalid.put(MODULES, "give at least one module seats (a module at 0 is not licensed)");
        }
        Integer activations = number(maxActivations, "maxActivations", invalid);
        if (activations == null && !invalid.containsKey("maxActivations")) {
            invalid.put("maxActivations", "is required");
        }
        // minutes as sales types them, the issuer's ISO duration on the way (it checks the range, PT1M to P1D)
        Integer minutes = number(heartbeatMinutes, "heartbeatInterval", invalid);
        var request = new IssuerApi.NewLicense(productCode, accountId.toString(), modules,
                activations == null ? 0 : activations, startOfDay(startsAt, "startsAt", invalid),
                startOfDay(expiresAt, "expiresAt", invalid), startOfDay(maintenanceUntil, "maintenanceUntil", invalid),
                billingRef == null || billingRef.isBlank() ? null : billingRef.strip(), model,
                minutes == null ? null : "PT" + minutes + "M");
        if (!invalid.isEmpty()) {
            throw new ServiceProblem(400, "VALIDATION_FAILED", "Nothing was issued: correct the fields marked below.",
                    invalid);
        }
        return request;
    }

    /** The paid license's terms of a trial's conversion, for {@code accountId}. */
    IssuerApi.TrialConversion conversion(String productCode, UUID accountId) {
        IssuerApi.NewLicense terms = request(productCode, accountId);
        return new IssuerApi.TrialConversion(terms.accountId(), terms.modules(), terms.maxActivations(),
                terms.expiresAt(), terms.maintenanceUntil(), terms.billingRef());
    }

    /** This draft with the refusal's messages: beside their fields, and above the form what no field shows. */
    LicenseDraft refusedWith(ServiceProblem refused) {
        Map<String, String> marked = refused.fieldErrors();
        boolean allShown = !marked.isEmpty() && marked.keySet().stream().allMatch(this::shownBesideField);
        String summary = allShown ? "Nothing was issued: correct the fields marked below." : refused.getMessage();
        return new LicenseDraft(seats, maxActivations, startsAt, expiresAt, maintenanceUntil, billingRef, model,
                heartbeatMinutes, marked, summary);
    }

    public String seatsOf(String module) {
        return seats.getOrDefault(module, "0");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public String seatsError(String module) {
        return errors.get(MODULES + "." + module);
    }

    private boolean shownBesideField(String field) {
        return FIELDS.contains(field) || field.startsWith(MODULES + ".") && seats.containsKey(field.substring(MODULES.length() + 1));
    }

    private static Integer number(String value, String field, Map<String, String> invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            invalid.put(field, "is not a whole number");
            return null;
        }
    }

    private static Instant startOfDay(String date, String field, Map<String, String> invalid) {
        try {
            return Forms.startOfDay(date, field);
        } catch (ServiceProblem notADate) {
            invalid.put(field, "is not a date (yyyy-mm-dd)");
            return null;
        }
    }
}
