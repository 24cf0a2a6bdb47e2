package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.websession.SessionKey;
import com.licenseforge.websession.TokenCipher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The console's session key ({@code CONSOLE_SESSION_KEY}) and the cipher of the provider's tokens at rest. */
class SessionBeans {

    @Produces
    @Singleton
    SessionKey sessionKey(ConsoleConfig config) {
        return new SessionKey(config.session().key(), "console.session.key (CONSOLE_SESSION_KEY)", "licenseforge-console");
    }

    @Produces
    @Singleton
    TokenCipher tokenCipher(SessionKey key) {
        return new TokenCipher(key);
    }
}
