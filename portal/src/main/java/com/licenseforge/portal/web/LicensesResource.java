package com.licenseforge.portal.web;

import com.licenseforge.portal.PortalConfig;
import com.licenseforge.portal.api.CustomerApi;
import com.licenseforge.portal.api.ServiceProblem;
import com.licenseforge.portal.signin.Visitor;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The account's licenses and, per license, its machines: freeing one (after a confirmation naming it), unassigning
 * seats, the license file and the offline activation. The services decide what the customer token reaches; a license
 * outside it answers 404 like an unknown one.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LicensesResource {

    /** The offline request files the activation service accepts are at most this long. */
    static final int MAX_REQUEST_BYTES = 64 * 1024;

    /** One line of the licenses page. */
    public record Row(CustomerApi.License license, Integer activationsUsed, String billing) {
    }

    private final CustomerApi api;
    private final Visitor visitor;
    private final Pages pages;
    private final String support;

    LicensesResource(CustomerApi api, Visitor visitor, Pages pages, PortalConfig config) {
        this.api = api;
        this.visitor = visitor;
        this.pages = pages;
        this.support = config.supportContact();
    }

    @GET
    public TemplateInstance licenses() {
        String token = token();
        Messages msg = pages.messages();
        List<Row> rows = api.licenses(token).stream()
                .map(license -> new Row(license, api.machines(token, license.id()).activationsUsed(), BillingWords.of(license, msg)))
                .toList();
        return pages.of(Templates.licenses(rows));
    }

    @GET
    @Path("licenses/{id}")
    public TemplateInstance license(@PathParam("id") UUID id, @QueryParam("done") String done) {
        CustomerApi.License license = api.license(token(), id);
        return pages.of(Templates.license(license, BillingWords.of(license, pages.messages()), api.machines(token(), id), done));
    }

    @GET
    @Path("licenses/{id}/machines/{activationId}/free")
    public TemplateInstance confirmFree(@PathParam("id") UUID id, @PathParam("activationId") UUID activationId) {
        CustomerApi.Machines machines = api.machines(token(), id);
        return pages.of(Templates.confirmFree(api.license(token(), id), machines.machine(activationId), machines));
    }

    @POST
    @Path("licenses/{id}/machines/{activationId}/free")
    public Response free(@PathParam("id") UUID id, @PathParam("activationId") UUID activationId) {
        // the machine must be one of this license's: the page never frees what it did not show
        api.machines(token(), id).machine(activationId);
        try {
            api.free(token(), activationId);
        } catch (ServiceProblem e) {
            if (e.status() == 409 && "SELF_SERVICE_LIMIT_REACHED".equals(e.code())) {
                return Response.status(409).entity(pages.of(Templates.limitReached(api.license(token(), id),
                        limit(e), nextPossible(e), support))).build();
            }
            throw e;
        }
        return Response.seeOther(URI.create("/licenses/" + id + "?done=freed")).build();
    }

    @POST
    @Path("licenses/{id}/machines/{activationId}/unassign")
    public Response unassign(@PathParam("id") UUID id, @PathParam("activationId") UUID activationId,
                             @RestForm String module, @RestForm String user) {
        if (module == null || module.isBlank() || user == null || user.isBlank()) {
            throw new ServiceProblem(400, "VALIDATION_FAILED", "module and user are required");
        }
        api.machines(token(), id).machine(activationId);
        api.unassign(token(), activationId, module, user);
        return Response.seeOther(URI.create("/licenses/" + id + "?done=unassigned")).build();
    }

    @GET
    @Path("licenses/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response file(@PathParam("id") UUID id) {
        CustomerApi.License license = api.license(token(), id);
        return Response.ok(api.licenseFile(token(), id), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(license.serial()) + ".lic\"").build();
    }

    @GET
    @Path("licenses/{id}/offline")
    public TemplateInstance offline(@PathParam("id") UUID id) {
        return pages.of(Templates.offline(api.license(token(), id), null));
    }

    @POST
    @Path("licenses/{id}/offline")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response offlineResponse(@PathParam("id") UUID id, @RestForm("request") FileUpload request) {
        CustomerApi.License license = api.license(token(), id);
        if (request == null || request.size() == 0 || request.size() > MAX_REQUEST_BYTES) {
            return Response.status(400).entity(pages.of(Templates.offline(license, pages.messages().offlineRequestMissing()))).build();
        }
        String answer;
        try {
            answer = api.offlineResponse(token(), id, Files.readString(request.uploadedFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServiceProblem e) {
            if (e.status() == 400 || e.status() == 409 || e.status() == 422) {
                return Response.status(e.status()).entity(pages.of(Templates.offline(license,
                        pages.messages().offlineRefused(e.code())))).build();
            }
            throw e;
        }
        return Response.ok(answer, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(license.serial()) + "-response.txt\"").build();
    }

    private String token() {
        return visitor.get().token();
    }

    private static int limit(ServiceProblem problem) {
        return problem.member("limit").filter(v -> v.matches("\\d{1,6}")).map(Integer::valueOf).orElse(0);
    }

    private static String nextPossible(ServiceProblem problem) {
        try {
            return problem.member("nextPossibleAt").map(Instant::parse).map(Times::minute).orElse("");
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** A serial as a file name: only characters that need no quoting anywhere. */
    private static String fileName(String serial) {
        return serial == null ? "license" : serial.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
