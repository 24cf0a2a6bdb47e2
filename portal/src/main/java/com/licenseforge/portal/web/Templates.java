package com.licenseforge.portal.web;

import com.licenseforge.portal.api.CustomerApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/**
 * The portal's pages, checked against their data when the portal is built. {@link Pages} adds what every page
 * needs (the CSRF token, the signed-in customer, the language), so those expressions are the only unchecked ones.
 */
@CheckedTemplate(requireTypeSafeExpressions = false)
public final class Templates {

    private Templates() {
    }

    public static native TemplateInstance signin(String email, boolean emailInvalid, String serial, boolean serialWrong,
                                                 Long waitMinutes);

    public static native TemplateInstance linkSent();

    public static native TemplateInstance signinLink(String code);

    public static native TemplateInstance linkInvalid();

    public static native TemplateInstance signedOut();

    static native TemplateInstance licenses(List<LicensesResource.Row> rows);

    static native TemplateInstance license(CustomerApi.License license, String billing, CustomerApi.Machines machines, String done);

    static native TemplateInstance confirmFree(CustomerApi.License license, CustomerApi.Machine machine, CustomerApi.Machines machines);

    static native TemplateInstance limitReached(CustomerApi.License license, int limit, String next, String support);

    static native TemplateInstance offline(CustomerApi.License license, String problem);

    static native TemplateInstance mails(CustomerApi.Mails mails);

    /** {@code kind}: NOT_FOUND, UNAVAILABLE, FORM_EXPIRED, SESSION_ENDED, UNEXPECTED or REFUSED. */
    static native TemplateInstance error(String kind, String code);
}
