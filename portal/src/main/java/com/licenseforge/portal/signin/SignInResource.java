package com.licenseforge.portal.signin;

import com.licenseforge.portal.api.ServiceProblem;
import com.licenseforge.portal.api.SignInApi;
import com.licenseforge.portal.web.Pages;
import com.licenseforge.portal.web.Templates;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/**
 * The customer's sign-in: a one-time link mailed to a contact of the account (bound to this browser by a cookie), or a
 * serial number with its CD key; and the sign-out. The link in the mail opens a page whose button signs in, so a mail
 * scanner following the link spends nothing.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    private static final int MAX_EMAIL = 254;
    private static final int BINDING_SECONDS = 15 * 60;
    private static final Logger LOG = Logger.getLogger(SignInResource.class);

    private final SignInApi issuer;
    private final Sessions sessions;
    private final Visitor visitor;
    private final Cookies cookies;
    private final Pages pages;

    SignInResource(SignInApi issuer, Sessions sessions, Visitor visitor, Cookies cookies, Pages pages) {
        this.issuer = issuer;
        this.sessions = sessions;
        this.visitor = visitor;
        this.cookies = cookies;
        this.pages = pages;
    }

    @GET
    @Path("signin")
    public Response form() {
        if (visitor.session().isPresent()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(pages.of(Templates.signin(null, false, null, false, null))).build();
    }

    /**
     * Always the same answer, whether or not the address is a contact: the page never tells who has an account.
     * The binding secret stays in this browser; the issuer gets its hash.
     */
    @POST
    @Path("signin")
    public Response requestLink(@RestForm String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > MAX_EMAIL || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Response.status(400).entity(pages.of(Templates.signin(address, true, null, false, null))).build();
        }
        BrowserBinding binding = BrowserBinding.random();
        try {
            issuer.requestLink(address, binding.hash());
        } catch (ServiceProblem e) {
            if (e.status() == 400) {
                return Response.status(400).entity(pages.of(Templates.signin(address, true, null, false, null))).build();
            }
            if (e.status() == 429) {
                return Response.status(429).entity(pages.of(Templates.signin(address, false, null, false, waitMinutes(e)))).build();
            }
            throw e;
        }
        return Response.ok(pages.of(Templates.linkSent()))
                .cookie(cookies.of(Cookies.BINDING, binding.secret(), "/signin", BINDING_SECONDS)).build();
    }

    /** The mailed link lands here; only the button (a POST from this page) redeems the code. */
    @GET
    @Path("signin/link")
    public Response link(@QueryParam("code") String code) {
        if (code == null || code.isBlank() || code.length() > 200) {
            return Response.status(401).entity(pages.of(Templates.linkInvalid())).build();
        }
        return Response.ok(pages.of(Templates.signinLink(code))).build();
    }

    @POST
    @Path("signin/link")
    public Response redeem(@RestForm String code, @CookieParam(Cookies.BINDING) String bindingSecret) {
        if (code == null || code.isBlank() || bindingSecret == null || bindingSecret.isBlank()) {
            return Response.status(401).entity(pages.of(Templates.linkInvalid())).build();
        }
        try {
            return signedIn(issuer.redeemLink(code, bindingSecret));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 400) {
                LOG.infof("a sign-in link was refused: %s", e.code());
                return Response.status(401).entity(pages.of(Templates.linkInvalid())).build();
            }
            throw e;
        }
    }

    @POST
    @Path("signin/serial")
    public Response withSerial(@RestForm String serial, @RestForm String cdKey) {
        String given = serial == null ? "" : serial.strip();
        if (given.isEmpty() || cdKey == null || cdKey.isBlank()) {
            return Response.status(400).entity(pages.of(Templates.signin(null, false, given, true, null))).build();
        }
        try {
            return signedIn(issuer.withSerial(given, cdKey.strip()));
        } catch (ServiceProblem e) {
            if (e.status() == 401 || e.status() == 400) {
                return Response.status(401).entity(pages.of(Templates.signin(null, false, given, true, null))).build();
            }
            if (e.status() == 429) {
                return Response.status(429).entity(pages.of(Templates.signin(null, false, given, false, waitMinutes(e)))).build();
            }
            throw e;
        }
    }

    @POST
    @Path("signout")
    public Response signOut() {
        visitor.session().ifPresent(sessions::close);
        return Response.seeOther(URI.create("/signed-out")).cookie(cookies.removed(Cookies.SESSION, "/")).build();
    }

    @GET
    @Path("signed-out")
    public Response signedOut() {
        return Response.ok(pages.of(Templates.signedOut())).build();
    }

    private Response signedIn(SignInApi.SignedIn signedIn) {
        CustomerSession session = sessions.open(signedIn);
        LOG.infof("signed in: %s", session.actor());
        return Response.seeOther(URI.create("/"))
                .cookie(cookies.of(Cookies.SESSION, session.id(), "/", -1), cookies.removed(Cookies.BINDING, "/signin")).build();
    }

    private static Long waitMinutes(ServiceProblem problem) {
        return (problem.retryAfterSeconds().orElse(60L) + 59) / 60;
    }
}
