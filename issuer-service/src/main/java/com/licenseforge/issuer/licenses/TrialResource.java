package com.licenseforge.issuer.licenses;

import com.licenseforge.common.http.ListQueries;
import com.licenseforge.common.http.ListQuery;
import com.licenseforge.common.http.QueryParameters;
import com.licenseforge.common.openapi.ListResponses;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Roles;
import com.licenseforge.issuer.catalogue.Product;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Tag(name = "Trials", description = "The trials prospects started, and how many became paid licenses")
@Path("/api/v1/trials")
public class TrialResource {

    private static final String TRIAL_EXAMPLE = """
            {"licenseId": "6a1f0e2d-9c8b-4a7f-8e6d-5c4b3a291807", "serial": "7KQ2M9XD4HRTW3P0", "productCode": "erp", "accountId": "0f8e6d52-3b7a-4c1e-9d2a-5b6c7d8e9f01", "organizationName": "Northwind Traders", "contactEmail": "it@northwind.example", "startedAt": "2026-03-02T09:00:00Z", "endsAt": "2026-04-01T09:00:00Z", "status": "RUNNING"}""";

    private final TrialSearch search;
    private final TrialRepository trials;
    private final LicenseRepository licenses;
    private final ListQueries lists;
    private final Clock clock;

    public TrialResource(TrialSearch search, TrialRepository trials, LicenseRepository licenses, ListQueries lists,
                         Clock clock) {
        this.search = search;
        this.trials = trials;
        this.licenses = licenses;
        this.lists = lists;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.SALES, Roles.AUDITOR})
    @Operation(operationId = "listTrials", summary = "Find trials",
            description = "By product, status, start range and end range, every given filter applying (ranges include their start and exclude their end); ordered by `sort`. Paged; `X-Total-Count` and `Link` give the total and the neighbouring pages. Roles `sales`, `auditor`.")
    @Extension(name = ListResponses.PAGED, value = "true")
    @APIResponse(responseCode = "200", description = "A page of matching trials.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrialView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "thisWeek", value = "[" + TRIAL_EXAMPLE + "]")))
    public RestResponse<List<TrialView>> list(
            @Parameter(description = "The product's code.")
            @QueryParam("productCode") @Pattern(regexp = Product.CODE, message = "is not a product code") String productCode,
            @Parameter(description = "Where the trials stand.", schema = @Schema(enumeration = {"RUNNING", "CONVERTED", "ENDED"}))
            @QueryParam("status") String status,
            @Parameter(description = "Started at or after this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("startedFrom") String startedFrom,
            @Parameter(description = "Started before this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("startedBefore") String startedBefore,
            @Parameter(description = "Ends (or ended) at or after this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("endsFrom") String endsFrom,
            @Parameter(description = "Ends (or ended) before this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("endsBefore") String endsBefore,
            @Parameter(description = "`startedAt` or `endsAt`; a leading `-` for descending. Default `-startedAt`.")
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        ListQuery query = lists.read(uri, "productCode", "status", "startedFrom", "startedBefore", "endsFrom",
                "endsBefore", "sort");
        TrialFilter filter = new TrialFilter(productCode, QueryParameters.oneOf("status", status, TrialStatus.class),
                QueryParameters.instant("startedFrom", startedFrom), QueryParameters.instant("startedBefore", startedBefore),
                QueryParameters.instant("endsFrom", endsFrom), QueryParameters.instant("endsBefore", endsBefore));
        ordered("startedBefore", filter.startedFrom(), filter.startedBefore());
        ordered("endsBefore", filter.endsFrom(), filter.endsBefore());
        return query.respond(search.find(filter, sort, query.page(), query.size()));
    }

    @GET
    @Path("/conversion-rates")
    @RolesAllowed({Roles.SALES, Roles.AUDITOR})
    @Operation(operationId = "trialConversionRates", summary = "Trial-to-paid conversion per product",
            description = "Per product with trials started in the last `days` days: how many started, how many of those were converted to paid licenses so far, and the rate. Products without trials in the period are absent. Roles `sales`, `auditor`.")
    @APIResponse(responseCode = "200", description = "One entry per product, ordered by product code.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConversionRate.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "last30Days", value = """
                            [{"productCode": "erp", "started": 40, "converted": 9, "rate": 0.225}]""")))
    public List<ConversionRate> conversionRates(
            @Parameter(description = "The period: trials started in the last this many days, 1 to 365. Default 30.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "365"))
            @QueryParam("days") String days) {
        int period = QueryParameters.integer("days", days, 30, 1, 365);
        return search.conversionRates(clock.instant().minus(Duration.ofDays(period)));
    }

    @GET
    @Path("/{licenseId}")
    @RolesAllowed({Roles.SALES, Roles.SUPPORT, Roles.BILLING, Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getTrial", summary = "Read a trial",
            description = "The trial of a trial license: the prospect, its period and where it stands. Roles `sales`, `support`, `billing`, `admin`, `auditor`.")
    @APIResponse(responseCode = "200", description = "The trial.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TrialView.class),
                    examples = @ExampleObject(name = "running", value = TRIAL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No trial license with this id.")
    public TrialView get(@PathParam("licenseId") UUID licenseId) {
        Trial trial = trials.findByIdOptional(licenseId).orElseThrow(() -> ProblemException.notFound("trial", licenseId));
        License license = licenses.findById(licenseId);
        return TrialView.of(trial, license.serial, license.accountId);
    }

    private static void ordered(String name, Instant from, Instant before) {
        if (from != null && before != null && from.isAfter(before)) {
            throw ProblemException.validation(name, "must not be before the start of its range");
        }
    }
}
