package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.console.web.Pages;
import com.licenseforge.console.web.Templates;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** Sign-in through the identity provider, its callback, and sign-out. */
@Path("/")
public class SignInResource {

    static final String SESSION_COOKIE = "lf_console";
    private static final String SIGNIN_COOKIE = "lf_signin";
    private static final int MAX_RETURN_TO = 1000;
    private static final int MAX_LOGGED = 200;
    private static final Logger LOG = Logger.getLogger(SignInResource.class);

    private final IdentityProvider provider;
    private final PendingSignIn pending;
    private final Sessions sessions;
    private final CurrentStaff staff;
    private final ConsoleConfig config;
    private final Pages pages;

    SignInResource(IdentityProvider provider, PendingSignIn pending, Sessions sessions, CurrentStaff staff,
                   ConsoleConfig config, Pages pages) {
        this.provider = provider;
        this.pending = pending;
        this.sessions = sessions;
        this.staff = staff;
        this.config = config;
        this.pages = pages;
    }

    @GET
    @Path("signin")
    public Response signIn(@QueryParam("returnTo") String returnTo) {
        var started = pending.start(localPath(returnTo));
        try {
            URI authorize = provider.authorizationRequest(started.state(), started.nonce(), started.verifier());
            return Response.seeOther(authorize).cookie(cookie(SIGNIN_COOKIE, pending.seal(started), "/signin",
                    (int) PendingSignIn.LIFETIME.toSeconds())).build();
        } catch (IOException e) {
            return unreachable(e);
        }
    }

    @GET
    @Path("signin/callback")
    @Produces(MediaType.TEXT_HTML)
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @CookieParam(SIGNIN_COOKIE) String browserState) {
        if (error != null) {
            // the provider's error comes back through the browser: anyone can write it, so it is only logged, escaped
            LOG.infof("sign-in failed: the identity provider answered %s", loggable(error));
            return refused("the identity provider ended the sign-in without signing you in");
        }
        // the state must come back to the browser that started the sign-in: no one else's code is accepted here
        var started = pending.open(browserState, state);
        if (started.isEmpty() || code == null) {
            return failed("the sign-in expired or was not started here");
        }
        try {
            var signedIn = provider.redeem(new AuthorizationCode(code), started.get().verifier(), started.get().nonce());
            var roles = signedIn.roles().stream().filter(CurrentStaff.ROLES::contains).collect(java.util.stream.Collectors.toSet());
            if (roles.isEmpty()) {
                return failed(signedIn.name() + " has no staff role (sales, support, billing or admin)");
            }
            StaffSession session = sessions.open(signedIn, roles);
            LOG.infof("signed in: %s (%s)", session.getName(), session.getRoleList());
            return Response.seeOther(URI.create(started.get().returnTo()))
                    .cookie(cookie(SESSION_COOKIE, session.id(), "/", -1), signInCleared()).build();
        } catch (IdentityProvider.SignInFailed e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            return unreachable(e);
        }
    }

    private Response unreachable(IOException e) {
        LOG.warnf("identity provider unreachable: %s", e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(pages.of(Templates.signedOut("The identity provider does not answer; try again in a moment.")))
                .cookie(signInCleared()).build();
    }

    /**
     * Ends the session here (its row is deleted, so no replica accepts the cookie again) and then at the provider,
     * when it offers an end-session endpoint: the browser goes there with the ID token as the hint and comes back
     * to the signed-out page.
     */
    @POST
    @Path("signout")
    public Response signOut() {
        Optional<String> idToken = staff.session().flatMap(sessions::close);
        URI next = URI.create("/signed-out");
        if (staff.session().isPresent()) {
            try {
                next = provider.endSession(idToken.orElse(null)).orElse(next);
            } catch (IOException e) {
                LOG.warnf("identity provider unreachable at sign-out, its session is left to expire: %s", e.getMessage());
            }
        }
        return Response.seeOther(next).cookie(cookie(SESSION_COOKIE, "", "/", 0)).build();
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return pages.of(Templates.signedOut(null));
    }

    private Response failed(String why) {
        LOG.infof("sign-in failed: %s", loggable(why));
        return refused(why);
    }

    private Response refused(String why) {
        return Response.status(Response.Status.UNAUTHORIZED).entity(pages.of(Templates.signedOut(why))).cookie(signInCleared()).build();
    }

    /** Only a path on this console (printable ASCII, as the guard sends it, and short): never a redirect elsewhere. */
    static String localPath(String returnTo) {
        return returnTo != null && returnTo.matches("/(?![/\\\\])[!-~&&[^\\\\]]{0," + (MAX_RETURN_TO - 1) + "}") ? returnTo : "/";
    }

    /** Text from outside as one bounded log line: control characters escaped, so it cannot forge lines of its own. */
    static String loggable(String text) {
        StringBuilder line = new StringBuilder();
        for (char c : text.substring(0, Math.min(text.length(), MAX_LOGGED)).toCharArray()) {
            line.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return text.length() > MAX_LOGGED ? line + "... (" + text.length() + " characters)" : line.toString();
    }

    /** The sign-in is over, whichever way it ended: its cookie is not accepted twice. */
    private NewCookie signInCleared() {
        return cookie(SIGNIN_COOKIE, "", "/signin", 0);
    }

    private NewCookie cookie(String name, String value, String path, int maxAge) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
