package com.licenseforge.common.openapi;

import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes each service's OpenAPI document with its refusals. A resource method declares a refusal beside its
 * code as {@code @APIResponse(responseCode = "409", extensions = @Extension(name = ProblemResponses.CODES, value =
 * ...))}; this filter turns every 4xx/5xx response into {@code application/problem+json} whose {@code code} is an
 * enum of exactly those codes plus the generic ones the shared mappers answer for that status, and publishes the
 * {@code Problem} schema, the {@code Idempotency-Key} header and the list parameters and headers
 * ({@link ListResponses}) once, declares {@code X-Request-Id} on every operation ({@link RequestIdHeaders}) and keeps
 * schemas portable across client generators ({@link PortableSchemas}). Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    /** Extension naming a response's codes, comma-separated (constants joined with {@code ","}). */
    public static final String CODES = "x-problem-codes";
    /** Reference for {@code @Parameter(ref = ...)} on operations that honour an idempotency key. */
    public static final String IDEMPOTENCY_KEY = "#/components/parameters/IdempotencyKey";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("Problem", ProblemSchema.build());
        components.addParameter("IdempotencyKey", OASFactory.createParameter()
                .name("Idempotency-Key").in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe: the first request with a key is carried out, a repeat with the same "
                        + "key and body answers the stored outcome, the same key with another body is refused "
                        + "(1 to 200 characters; kept for 24 hours).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(200))
                .example("7d2c9e04-order-4711"));
        ListResponses.publish(components);
        RequestIdHeaders.publish(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            ListResponses.paged(operation);
            idempotent(operation);
            refusals(operation);
            RequestIdHeaders.declare(operation);
        }));
    }

    /**
     * An operation that takes the {@code Idempotency-Key} header may also answer that the key's first request is
     * still running (409) or that the key came with another request (422): declared here, once for all of them.
     */
    private static void idempotent(Operation operation) {
        if (operation.getResponses() == null || operation.getParameters() == null
                || operation.getParameters().stream().noneMatch(p -> IDEMPOTENCY_KEY.equals(p.getRef()))) {
            return;
        }
        alsoAnswers(operation, "409", "The idempotency key's first request is still running.",
                ErrorCodes.IDEMPOTENCY_KEY_IN_PROGRESS);
        alsoAnswers(operation, "422", "The idempotency key was used with another request.",
                ErrorCodes.IDEMPOTENCY_KEY_REUSED);
    }

    private static void alsoAnswers(Operation operation, String status, String description, String code) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .addExtension(CODES, code));
            return;
        }
        Object declared = response.getExtensions() == null ? null : response.getExtensions().get(CODES);
        response.addExtension(CODES, declared == null ? code : declared + "," + code);
        response.setDescription(response.getDescription() == null ? description
                : response.getDescription() + " " + description);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        // format: uuid says it all; a pattern on top breaks some client generators.
        if ("uuid".equals(schema.getFormat())) {
            schema.setPattern(null);
        }
        return PortableSchemas.portable(schema);
    }

    private void refusals(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() != Parameter.In.PATH));
        if (takesInput && !operation.getResponses().hasAPIResponse("400")) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse());
        }
        if (operation.getRequestBody() != null && !operation.getResponses().hasAPIResponse("415")) {
            operation.getResponses().addAPIResponse("415", OASFactory.createAPIResponse());
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            int status = parseStatus(entry.getKey());
            if (status >= 400) {
                problem(entry.getValue(), status, secured);
            }
        }
    }

    private static void problem(APIResponse response, int status, boolean secured) {
        Set<String> codes = new LinkedHashSet<>();
        Object declared = response.getExtensions() == null ? null : response.getExtensions().get(CODES);
        if (declared != null) {
            for (String code : declared.toString().split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
            response.removeExtension(CODES);
        }
        codes.addAll(generic(status, secured, codes.isEmpty()));
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ") || response.getDescription().equals("Bad Request")) {
            response.setDescription(describe(status));
        }
        Schema code = OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(codes));
        Schema schema = OASFactory.createSchema()
                .addAllOf(OASFactory.createSchema().ref(PROBLEM_REF))
                .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addProperty("code", code));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(schema)));
    }

    /** The codes the shared problem mappers answer on their own for a status. */
    private static List<String> generic(int status, boolean secured, boolean nothingDeclared) {
        return switch (status) {
            case 400 -> List.of(ErrorCodes.VALIDATION_FAILED);
            case 401 -> secured || nothingDeclared ? List.of(ErrorCodes.UNAUTHENTICATED) : List.of();
            case 403 -> secured || nothingDeclared ? List.of(ErrorCodes.FORBIDDEN) : List.of();
            case 404 -> nothingDeclared ? List.of(ErrorCodes.NOT_FOUND) : List.of();
            case 406 -> List.of(ErrorCodes.NOT_ACCEPTABLE);
            case 415 -> List.of(ErrorCodes.UNSUPPORTED_MEDIA_TYPE);
            default -> nothingDeclared && status >= 500 ? List.of(ErrorCodes.INTERNAL_ERROR) : List.of();
        };
    }

    private static String describe(int status) {
        return switch (status) {
            case 400 -> "The request is malformed or a field is invalid; `errors` names the fields.";
            case 401 -> "No valid credentials.";
            case 403 -> "Not allowed.";
            case 404 -> "No such resource.";
            case 409 -> "Conflicts with the current state.";
            case 422 -> "Well-formed but not acceptable.";
            case 415 -> "The body is not of a media type this operation reads.";
            case 429 -> "Too many attempts; retry after `retryAfterSeconds` or the `Retry-After` header.";
            default -> "Refused.";
        };
    }

    private static int parseStatus(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
