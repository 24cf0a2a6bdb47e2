package com.licenseforge.activation.seats;

import com.licenseforge.common.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Before sales lowers seats, staff see which users the customer would have to remove. */
@Tag(name = "Support")
@Path("/api/v1/support/serials/{serial}/seat-change-previews")
public class SeatChangePreviewResource {

    private final SeatChangePreviews previews;

    public SeatChangePreviewResource(SeatChangePreviews previews) {
        this.previews = previews;
    }

    /** The proposed seats per module, as the issuer's module change takes them. */
    public record ProposedSeats(
            @NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 100) String, @NotNull @Min(0) @Max(1_000_000) Integer> modules) {
    }

    @POST
    @RolesAllowed({Roles.SUPPORT, Roles.SALES, Roles.AUDITOR})
    @Operation(operationId = "previewSeatChange", summary = "Preview a change of seats",
            description = "Which users would hold more seats than the proposal grants, by the rule activations and validations enforce (`EXCESS_SEAT_ASSIGNMENTS` until the customer removes `excess` of the listed users). The proposal replaces the seat counts: a module left out gets none. Changes nothing. Roles `support`, `sales`, `auditor`.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ProposedSeats.class),
            examples = @ExampleObject(name = "fewerFinanceSeats", value = """
                    {"modules": {"finance": 1, "hr": 3}}""")))
    @APIResponse(responseCode = "200", description = "Per module: proposed and current seats, distinct holders on live activations, and the holders of a module in excess.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SeatChangePreviews.SeatChangePreview.class),
                    examples = @ExampleObject(name = "financeInExcess", value = """
                            {"serial": "7KQ2M9XD4HRTW3P0", "wouldExceed": true, "modules": [
                              {"module": "finance", "seats": 1, "currentSeats": 10, "assigned": 2, "excess": 1, "users": ["alice", "bob"]},
                              {"module": "hr", "seats": 3, "currentSeats": 3, "assigned": 1, "excess": 0, "users": []}]}""")))
    @APIResponse(responseCode = "400", description = "Not a well-formed serial, or a bad proposal.")
    @APIResponse(responseCode = "404", description = "No license has this serial.")
    public SeatChangePreviews.SeatChangePreview preview(@PathParam("serial") String serial,
                                                       @NotNull @Valid ProposedSeats request) {
        return previews.preview(serial, request.modules());
    }
}
