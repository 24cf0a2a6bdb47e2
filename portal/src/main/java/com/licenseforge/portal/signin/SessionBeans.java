package com.licenseforge.portal.signin;

import com.licenseforge.portal.PortalConfig;
import com.licenseforge.websession.SessionKey;
import com.licenseforge.websession.TokenCipher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The portal's session key ({@code PORTAL_SESSION_KEY}) and the cipher of the customer tokens at rest. */
class SessionBeans {

    @Produces
    @Singleton
    SessionKey sessionKey(PortalConfig config) {
        return new SessionKey(config.session().key(), "portal.session.key (PORTAL_SESSION_KEY)", "licenseforge-portal");
    }

    @Produces
    @Singleton
    TokenCipher tokenCipher(SessionKey key) {
        return new TokenCipher(key);
    }
}
