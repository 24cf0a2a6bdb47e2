package com.licenseforge.issuer.selfservice;

import com.licenseforge.common.customer.CurrentCustomer;
import com.licenseforge.common.customer.CustomerAuthenticated;
import com.licenseforge.common.http.ClientAddress;
import com.licenseforge.common.observability.RequestIds;
import com.licenseforge.common.openapi.ProblemResponses;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * How a customer signs in to the portal (the portal calls these for them; it holds no rights of its own): by a
 * one-time link mailed to a contact of the account, or by a license's serial and CD key. Either answers a session
 * whose token the portal renews until the session ends.
 */
@Tag(name = "Customer sign-in", description = "Sessions of the customer portal")
@Path("/api/v1/customer")
public class SigninResource {

    /** Base64url without padding of a SHA-256. */
    static final String BINDING = "[A-Za-z0-9_-]{43}";

    private final SigninLinks links;
    private final CredentialSignins credentials;
    private final CustomerTokenMint mint;
    private final CurrentCustomer customer;
    private final ClientAddress client;

    public SigninResource(SigninLinks links, CredentialSignins credentials, CustomerTokenMint mint,
                          CurrentCustomer customer, ClientAddress client) {
        this.links = links;
        this.credentials = credentials;
        this.mint = mint;
        this.customer = customer;
        this.client = client;
    }

    public record LinkRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Schema(description = "Base64url (no padding) of the SHA-256 of the secret the browser keeps")
            @NotNull @Pattern(regexp = BINDING, message = "must be 43 base64url characters") String browserBinding) {
    }

    @Schema(description = "Either `code` and `browserBindingSecret` (link sign-in) or `serial` and `cdKey`.")
    public record SessionRequest(
            @Size(min = 1, max = 100) String code,
            @Size(min = 16, max = 200) String browserBindingSecret,
            @Size(min = 1, max = 40) String serial,
            @Size(min = 1, max = 60) String cdKey) {
    }

    @POST
    @Path("/signin-links")
    @Operation(operationId = "requestSigninLink", summary = "Mail a sign-in link",
            description = "Mails a one-time link, valid 15 minutes and usable only in the browser whose binding is given, to the address if it is a contact of an account (one link per account). The answer is the same, after the same work, for an address that is no contact. No authentication.")
    @APIResponse(responseCode = "202", description = "Accepted (whether or not the address is a contact).",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address, in all or for this e-mail.",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.TOO_MANY_REQUESTS))
    public Response requestLink(@NotNull @Valid LinkRequest request) {
        links.request(request.email().strip(), request.browserBinding(), client.get());
        return Response.accepted(Map.of()).build();
    }

    @POST
    @Path("/sessions")
    @Operation(operationId = "startCustomerSession", summary = "Sign in",
            description = "With a sign-in link's code and the secret of the browser that asked for it: a session for the account (the link is used up). With a serial and CD key: a session for that license only. No authentication.")
    @APIResponse(responseCode = "201", description = "Signed in.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Session.class)))
    @APIResponse(responseCode = "401", description = "The link is unknown, expired, used or from another browser; or the serial and CD key do not match.",
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.SIGNIN_LINK_INVALID + "," + Codes.INVALID_CREDENTIALS))
    @APIResponse(responseCode = "429", description = "Too many wrong serial and CD key pairs from this address.",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            extensions = @Extension(name = ProblemResponses.CODES, value = Codes.TOO_MANY_REQUESTS))
    public Response start(@NotNull @Valid SessionRequest request) {
        boolean link = request.code() != null || request.browserBindingSecret() != null;
        boolean serial = request.serial() != null || request.cdKey() != null;
        if (link == serial) {
            throw ProblemException.validation("body", "give either code and browserBindingSecret, or serial and cdKey");
        }
        if (link && (request.code() == null || request.browserBindingSecret() == null)) {
            throw ProblemException.validation(request.code() == null ? "code" : "browserBindingSecret", "is required");
        }
        if (serial && (request.serial() == null || request.cdKey() == null)) {
            throw ProblemException.validation(request.serial() == null ? "serial" : "cdKey", "is required");
        }
        String requestId = RequestIds.current();
        Session session = mint.session(link ? links.redeem(request.code(), request.browserBindingSecret(), requestId)
                : credentials.signIn(request.serial(), request.cdKey(), client.get(), requestId));
        return Response.status(Response.Status.CREATED).entity(session).build();
    }

    @POST
    @Path("/sessions/renewals")
    @CustomerAuthenticated
    @Operation(operationId = "renewCustomerSession", summary = "Renew the session's token",
            description = "A fresh token of the same scope and sign-in time, valid 15 more minutes but never past the session's end (8 hours after the sign-in). Bearer customer token.")
    @APIResponse(responseCode = "201", description = "Renewed.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Session.class)))
    @APIResponse(responseCode = "401", description = "No valid customer token, or the session has ended.",
            extensions = @Extension(name = ProblemResponses.CODES, value = ErrorCodes.UNAUTHENTICATED + "," + Codes.SESSION_ENDED))
    public Response renew() {
        return Response.status(Response.Status.CREATED).entity(mint.session(customer.scope())).build();
    }
}
