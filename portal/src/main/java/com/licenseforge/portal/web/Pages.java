package com.licenseforge.portal.web;

import com.licenseforge.portal.signin.Cookies;
import com.licenseforge.portal.signin.Visitor;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/** Every page gets the visitor (for the navigation and the CSRF field) and is rendered in the visitor's language. */
@RequestScoped
public class Pages {

    private final Visitor visitor;
    private final Language language;
    private final String here;

    Pages(Visitor visitor, HttpServerRequest request) {
        this.visitor = visitor;
        // where the language menu comes back to: this page when it was a GET, else the start page
        this.here = "GET".equals(request.method().name()) ? request.uri() : "/";
        Cookie chosen = request.getCookie(Cookies.LANGUAGE);
        this.language = Language.choose(chosen == null ? null : chosen.getValue(), request.getHeader("Accept-Language"));
    }

    public TemplateInstance of(TemplateInstance page) {
        return page.data("csrf", visitor.csrf()).data("signedIn", visitor.session().orElse(null)).data("here", here)
                .data("lang", language.tag()).data("languages", Language.values())
                .setLocale(language.locale());
    }

    public Language language() {
        return language;
    }

    /** The messages in the visitor's language, for words the pages get from Java (billing standing). */
    public Messages messages() {
        return MessageBundles.get(Messages.class, Localized.Literal.of(language.tag()));
    }
}
