package com.licenseforge.portal.web;

import com.licenseforge.portal.signin.Cookies;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** The language menu: the choice is kept in a cookie for a year and wins over the browser's Accept-Language. */
@Path("/language")
public class LanguageResource {

    private static final int YEAR_SECONDS = 365 * 24 * 3600;
    private static final int MAX_RETURN_TO = 1000;

    private final Cookies cookies;

    LanguageResource(Cookies cookies) {
        this.cookies = cookies;
    }

    @POST
    public Response choose(@RestForm String lang, @RestForm String returnTo) {
        URI back = URI.create(localPath(returnTo));
        return Language.of(lang)
                .map(chosen -> Response.seeOther(back).cookie(cookies.of(Cookies.LANGUAGE, chosen.tag(), "/", YEAR_SECONDS)).build())
                .orElseGet(() -> Response.seeOther(back).build());
    }

    /** Only a path on this portal (printable ASCII, short): never a redirect elsewhere. */
    static String localPath(String returnTo) {
        return returnTo != null && returnTo.matches("/(?![/\\\\])[!-~&&[^\\\\]]{0," + (MAX_RETURN_TO - 1) + "}") ? returnTo : "/";
    }
}
