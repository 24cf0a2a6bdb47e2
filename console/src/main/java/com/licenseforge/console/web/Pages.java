package com.licenseforge.console.web;

import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Every page gets the signed-in staff member (for the navigation, the CSRF field and the sign-out button). */
@ApplicationScoped
public class Pages {

    private final CurrentStaff staff;

    Pages(CurrentStaff staff) {
        this.staff = staff;
    }

    public TemplateInstance of(Template template) {
        return template.data("staff", staff.session().orElse(null));
    }
}
