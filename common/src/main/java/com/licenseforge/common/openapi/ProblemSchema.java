package com.licenseforge.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;

/**
 * The {@code Problem} schema every refusal refers to: the RFC 9457 members, {@code code}, and the members a code
 * calls for (the slots used for {@code TOO_MANY_ACTIVATIONS}, the grace end for {@code PAST_DUE}, ...), each typed
 * so a generated client reads them; {@code OpenApiContract} fails a test that sees a member not declared here.
 */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema build() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. `code` is the stable reason to act on; further members carry "
                        + "the data the code calls for.")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .example("urn:licenseforge:problem:VALIDATION_FAILED"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error)
                        .description("VALIDATION_FAILED: the fields that failed"))
                .addProperty("errorId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("INTERNAL_ERROR: quote it when reporting the failure"))
                .addProperty("activationsUsed", integer("TOO_MANY_ACTIVATIONS: the machines activated now"))
                .addProperty("maxActivations", integer("TOO_MANY_ACTIVATIONS: the machines the license allows"))
                .addProperty("pastDueSince", instant("PAST_DUE: since when payment is overdue"))
                .addProperty("graceEndsAt", instant("PAST_DUE: when the license is suspended unless paid"))
                .addProperty("suspendedBy", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("sales", "billing")).description("SUSPENDED: who suspended the license"))
                .addProperty("expiresAt", instant("EXPIRED: when the license expired"))
                .addProperty("licensedProduct", text("PRODUCT_MISMATCH: the product the license is for"))
                .addProperty("organizationId", uuid("ORGANIZATION_NOT_IN_ACCOUNT: the organization asked for"))
                .addProperty("organizationAccountId", uuid("ORGANIZATION_NOT_IN_ACCOUNT: that organization's account"))
                .addProperty("licenseAccountId", uuid("ORGANIZATION_NOT_IN_ACCOUNT: the license's account"))
                .addProperty("boundOrganizationId", uuid("LICENSE_BOUND_TO_OTHER_ORGANIZATION, "
                        + "ALREADY_BOUND_TO_ORGANIZATION: the organization holding the binding"))
                .addProperty("boundOrganizationName", text("LICENSE_BOUND_TO_OTHER_ORGANIZATION: its name"))
                .addProperty("boundAt", instant("LICENSE_BOUND_TO_OTHER_ORGANIZATION: since when"))
                .addProperty("releasedAt", instant("VERSION_NOT_COVERED: when the version was released"))
                .addProperty("maintenanceUntil", instant("VERSION_NOT_COVERED: the end of the license's maintenance"))
                .addProperty("activatedMajorVersion", integer("UPGRADE_REQUIRES_ORIGINAL_MACHINE: the newest major "
                        + "version activated"))
                .addProperty("excess", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("module", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                                .addProperty("seats", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                                .addProperty("assigned", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                                .addProperty("users", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))))
                        .description("EXCESS_SEAT_ASSIGNMENTS: per module the seats, the users assigned and who they are"))
                .addProperty("allowance", integer("REREGISTRATION_LIMIT_REACHED: re-registrations allowed per year"))
                .addProperty("used", integer("REREGISTRATION_LIMIT_REACHED: re-registrations in the last year"))
                .addProperty("nextAvailableAt", instant("REREGISTRATION_LIMIT_REACHED: when the next one is possible"))
                .addProperty("limit", integer("SELF_SERVICE_LIMIT_REACHED: machines a customer may free per license in 30 days"))
                .addProperty("nextPossibleAt", instant("SELF_SERVICE_LIMIT_REACHED: when the customer may free the next one"))
                .addProperty("retryAfterSeconds", integer("CREDENTIALS_LOCKED and other 429s: when to retry"))
                .addProperty("transferId", uuid("ACCOUNT_TRANSFER_PENDING: the transfer awaiting the issuer"))
                .addProperty("toOrganizationId", uuid("ACCOUNT_TRANSFER_PENDING: where that transfer goes"))
                .addProperty("action", text("ILLEGAL_TRANSITION: the action refused"))
                .addProperty("currentStatus", text("ILLEGAL_TRANSITION: the license's status"))
                .addProperty("trialEndsAt", instant("TRIAL_ENDED: when the trial ended"))
                .addProperty("usedBy", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("machine", "components", "email"))
                        .description("TRIAL_ALREADY_USED: what had the product's trial before"))
                .addProperty("paidLicenseId", uuid("TRIAL_ALREADY_CONVERTED: the paid license the trial became"))
                .addProperty("maxBorrow", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("duration")
                        .description("BORROW_TOO_LONG: the license's longest borrow"))
                .addProperty("latestUntil", instant("BORROW_TOO_LONG: the latest end a borrow may have now"))
                .addProperty("field", text("the request member a refusal is about"))
                .addProperty("billingStanding", text("ILLEGAL_TRANSITION: the license's billing standing"))
                .required(List.of("type", "title", "status", "code"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description(description);
    }

    private static Schema instant(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time").description(description);
    }

    private static Schema uuid(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid").description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
