package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CustomerScope;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.SigninLinkRequested;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.issuer.customers.Account;
import com.licenseforge.issuer.customers.AccountRepository;
import com.licenseforge.issuer.customers.Contact;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Sign-in by a one-time link: a contact asks with their e-mail and the binding of their browser; each account the
 * address is a contact of gets a link, mailed by the notification service. Known and unknown addresses get the same
 * answer after the same work (the throttle counted, the contacts looked up; a contact adds one row and one outbox
 * entry in the same transaction, nothing that waits on another system). Redeeming needs the code and the secret
 * whose hash is the binding; one code answers every failure, so a guesser learns nothing.
 */
@ApplicationScoped
public class SigninLinks {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final SigninLinkRepository links;
    private final AccountRepository accounts;
    private final SigninThrottle throttle;
    private final LicenseEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public SigninLinks(SigninLinkRepository links, AccountRepository accounts, SigninThrottle throttle,
                       LicenseEvents events, AuditTrail audit, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void request(String email, String browserBinding, String clientAddress) {
        throttle.linkRequested(clientAddress, email);
        Instant now = clock.instant();
        links.deleteExpiredBefore(now.minus(VALIDITY));
        for (Account account : accounts.findByContactEmail(email)) {
            Contact contact = account.contacts.stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst()
                    .orElseThrow();
            String code = Secrets.newCode();
            SigninLink link = new SigninLink();
            link.id = UUID.randomUUID();
            link.accountId = account.id;
            link.email = contact.email();
            link.codeHash = Secrets.sha256(code);
            link.binding = browserBinding;
            link.createdAt = now;
            link.expiresAt = now.plus(VALIDITY);
            links.persist(link);
            events.fact(EventTypes.CUSTOMER_SIGNIN_LINK_REQUESTED, account.id.toString(), contact.email(),
                    new SigninLinkRequested(link.id, account.id, contact.email(), contact.language(), code,
                            link.expiresAt));
        }
    }

    /** The account scope the link signs in to, used up; 401 SIGNIN_LINK_INVALID for any link that cannot. */
    @Transactional
    public CustomerScope redeem(String code, String browserBindingSecret, String requestId) {
        Instant now = clock.instant();
        SigninLink link = links.lockByCodeHash(Secrets.sha256(code))
                .filter(l -> l.redeemable(now) && Secrets.same(l.binding, Secrets.sha256(browserBindingSecret)))
                .orElseThrow(() -> new ProblemException(401, Codes.SIGNIN_LINK_INVALID,
                        "the sign-in link is invalid, expired, used or was asked for in another browser; ask for a new one"));
        link.redeemedAt = now;
        CustomerScope scope = CustomerScope.account(link.email, link.accountId, now);
        audit.record(scope.auditActor(requestId), "sign in", AuditTarget.of("account", link.accountId.toString()),
                null, Map.of("method", "link"), null);
        return scope;
    }
}
