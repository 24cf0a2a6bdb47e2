package com.licenseforge.console.web;

import com.licenseforge.console.api.ServiceProblem;
import com.licenseforge.console.signin.CurrentStaff;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Every page gets the signed-in staff member (for the navigation, the CSRF field and the sign-out button). */
@ApplicationScoped
public class Pages {

    private final CurrentStaff staff;

    Pages(CurrentStaff staff) {
        this.staff = staff;
    }

    /** Refuses a page that only offers what sales may do (the services would refuse its form anyway). */
    public void requireSales(String what) {
        if (!staff.get().isSales()) {
            throw new ServiceProblem(403, "FORBIDDEN", "Only sales may " + what + ".");
        }
    }

    public TemplateInstance of(TemplateInstance page) {
        return page.data("staff", staff.session().orElse(null));
    }
}
