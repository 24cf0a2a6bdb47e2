package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import com.licenseforge.console.web.Pages;
import com.licenseforge.console.web.Templates;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
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

/** Sign-in through the identity provider, its callback, and sign-out. */
@Path("/")
public class SignInResource {

    static final String SESSION_COOKIE = "lf_console";
    private static final String SIGNIN_COOKIE = "lf_signin";
    private static final Logger LOG = Logger.getLogger(SignInResource.class);

    private final IdentityProvider provider;
    private final PendingSignIns pending;
    private final Sessions sessions;
    private final CurrentStaff staff;
    private final ConsoleConfig config;
    private final Pages pages;

    SignInResource(IdentityProvider provider, PendingSignIns pending, Sessions sessions, CurrentStaff staff,
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
        State state = new State();
        var started = pending.start(state, localPath(returnTo));
        try {
            URI authorize = provider.authorizationRequest(state, started.nonce(), started.verifier());
            return Response.seeOther(authorize).cookie(cookie(SIGNIN_COOKIE, state.getValue(), "/signin", 600)).build();
        } catch (IOException e) {
            return unreachable(e);
        }
    }

    @GET
    @Path("signin/callback")
    @Produces(MediaType.TEXT_HTML)
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
                             @QueryParam("error") String error, @CookieParam(SIGNIN_COOKIE) String browserState) {
        // the state must come back to the browser that started the sign-in: no one else's code is accepted here
        var started = state != null && state.equals(browserState) ? pending.finish(state) : java.util.Optional.<PendingSignIns.Pending>empty();
        if (started.isEmpty() || code == null) {
            return failed(error != null ? "the identity provider answered " + error : "the sign-in expired or was not started here");
        }
        try {
            var signedIn = provider.redeem(new AuthorizationCode(code), started.get().verifier(), started.get().nonce());
            var roles = signedIn.roles().stream().filter(CurrentStaff.ROLES::contains).collect(java.util.stream.Collectors.toSet());
            if (roles.isEmpty()) {
                return failed(signedIn.name() + " has no staff role (sales, support, billing or admin)");
            }
            StaffSession session = sessions.open(signedIn.name(), roles, signedIn.accessToken(), signedIn.accessTokenExpiry());
            LOG.infof("signed in: %s (%s)", session.getName(), session.getRoleList());
            return Response.seeOther(URI.create(started.get().returnTo()))
                    .cookie(cookie(SESSION_COOKIE, session.id(), "/", -1), cookie(SIGNIN_COOKIE, "", "/signin", 0)).build();
        } catch (IdentityProvider.SignInFailed e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            return unreachable(e);
        }
    }

    private Response unreachable(IOException e) {
        LOG.warnf("identity provider unreachable: %s", e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(pages.of(Templates.signedOut("The identity provider does not answer; try again in a moment."))).build();
    }

    @POST
    @Path("signout")
    public Response signOut() {
        staff.session().ifPresent(sessions::close);
        return Response.seeOther(URI.create("/signed-out")).cookie(cookie(SESSION_COOKIE, "", "/", 0)).build();
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return pages.of(Templates.signedOut(null));
    }

    private Response failed(String why) {
        LOG.infof("sign-in failed: %s", why);
        return Response.status(Response.Status.UNAUTHORIZED).entity(pages.of(Templates.signedOut(why))).build();
    }

    /** Only a path on this console: never a redirect elsewhere. */
    private static String localPath(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                ? returnTo : "/";
    }

    private NewCookie cookie(String name, String value, String path, int maxAge) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure(config.session().secureCookie()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
