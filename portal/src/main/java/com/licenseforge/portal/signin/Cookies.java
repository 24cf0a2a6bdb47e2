package com.licenseforge.portal.signin;

import com.licenseforge.portal.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/**
 * The portal's cookies, all HttpOnly and SameSite=Strict (no other site's page can make the browser send them), and
 * Secure whenever the portal is reached over https.
 */
@ApplicationScoped
public class Cookies {

    /** The session id. */
    public static final String SESSION = "lf_portal";
    /** The random visit id the CSRF token of a page without a session is bound to. */
    static final String VISIT = "lf_portal_visit";
    /** The secret whose hash the sign-in link was bound to: only this browser can redeem the link. */
    static final String BINDING = "lf_portal_binding";
    /** The language the customer chose in the menu. */
    public static final String LANGUAGE = "lf_portal_lang";

    private final boolean secure;

    Cookies(PortalConfig config) {
        this.secure = config.secureCookies();
    }

    /** A cookie for the browser's session (no expiry) or, with {@code maxAgeSeconds} 0, its removal. */
    public NewCookie of(String name, String value, String path, int maxAgeSeconds) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAgeSeconds).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    public NewCookie removed(String name, String path) {
        return of(name, "", path, 0);
    }
}
