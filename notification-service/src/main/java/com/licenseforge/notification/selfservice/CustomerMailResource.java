package com.licenseforge.notification.selfservice;

import com.licenseforge.common.customer.CurrentCustomer;
import com.licenseforge.common.customer.CustomerAuthenticated;
import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.openapi.ListResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The mails sent to the customer's account, for the customer portal. Bearer customer token. */
@Tag(name = "Customer mails", description = "The mails sent about the customer's licenses, for the customer portal")
@Path("/api/v1/customer/mails")
@CustomerAuthenticated
public class CustomerMailResource {

    private final CustomerMails mails;
    private final ListQueries lists;
    private final CurrentCustomer customer;

    public CustomerMailResource(CustomerMails mails, ListQueries lists, CurrentCustomer customer) {
        this.mails = mails;
        this.lists = lists;
        this.customer = customer;
    }

    @GET
    @Operation(operationId = "listCustomerMails", summary = "Mails sent about the customer's licenses",
            description = "The mails about the licenses of the token's account (or its one license), newest first: kind, recipient, subject, status (`PENDING`, `SENT`, `FAILED`). Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of mails.",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CustomerMailView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid customer token.")
    public RestResponse<List<CustomerMailView>> list(@Context UriInfo uri) {
        ListQuery query = lists.read(uri);
        return query.respond(mails.of(customer.scope(), query.page(), query.size()));
    }
}
