package com.licenseforge.console.web;

import com.licenseforge.console.api.NotificationApi;
import com.licenseforge.console.api.ServiceProblem;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** The registration form as filled in, and what the service refused about it (the problem's detail and fields). */
@TemplateData
public record WebhookDraft(String url, List<String> events, String description, String problem,
                           Map<String, String> errors) {

    static WebhookDraft blank() {
        return new WebhookDraft("", List.of(), "", null, Map.of());
    }

    static WebhookDraft submitted(String url, List<String> events, String description) {
        return new WebhookDraft(url == null ? "" : url.strip(), events == null ? List.of() : List.copyOf(events),
                description == null ? "" : description.strip(), null, Map.of());
    }

    NotificationApi.NewEndpoint request() {
        return new NotificationApi.NewEndpoint(url, events, description.isEmpty() ? null : description);
    }

    /** The refusal beside its field: the URL guard names no field in {@code errors}, but its code says it is the URL. */
    WebhookDraft refusedWith(ServiceProblem refused) {
        Map<String, String> fields = refused.fieldErrors().isEmpty() && "WEBHOOK_URL_REFUSED".equals(refused.code())
                ? Map.of("url", refused.getMessage()) : refused.fieldErrors();
        return new WebhookDraft(url, events, description, refused.getMessage(), fields);
    }

    public boolean chose(String type) {
        return events.contains(type);
    }

    public String error(String field) {
        return errors.entrySet().stream().filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
