package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.ServiceProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LicenseDraftTest {

    private static final UUID ACCOUNT = UUID.randomUUID();

    @Test
    void aModuleAtZeroOrEmptyIsNotLicensed() {
        var request = draft(Map.of("finance", "5", "hr", "0", "ar", " ")).request("erp", ACCOUNT);
        assertEquals(Map.of("finance", 5), request.modules());
    }

    @Test
    void aConversionStartsWithWhatTheTrialGrantedAndCarriesThePaidTerms() {
        var policy = new IssuerApi.TrialPolicy(true, 30, Map.of("finance", 2), 1);
        LicenseDraft opened = LicenseDraft.converting(List.of("finance", "hr"), policy, LocalDate.parse("2026-12-07"));
        assertEquals("2", opened.seatsOf("finance"));
        assertEquals("0", opened.seatsOf("hr"));
        assertEquals("1", opened.maxActivations());
        assertEquals("2027-12-07", opened.expiresAt());

        var terms = LicenseDraft.submitted(Map.of("finance", "10", "hr", "0"), "3", "", "2028-01-01", "", " sub_1 ",
                null, null).conversion("erp", ACCOUNT);
        assertEquals(new IssuerApi.TrialConversion(ACCOUNT.toString(), Map.of("finance", 10), 3,
                Instant.parse("2028-01-01T00:00:00Z"), null, "sub_1"), terms);
    }

    @Test
    void noModuleWithSeatsIsMarkedOnTheModules() {
        ServiceProblem refused = assertThrows(ServiceProblem.class,
                () -> draft(Map.of("finance", "0", "hr", "0")).request("erp", ACCOUNT));
        assertEquals(Map.of("modules", "give at least one module seats (a module at 0 is not licensed)"), refused.fieldErrors());
    }

    @Test
    void whatIsNotANumberOrADateIsMarkedOnItsField() {
        var draft = LicenseDraft.submitted(Map.of("finance", "five"), "x", "", "2027-13-01", "", "", null, null);
        ServiceProblem refused = assertThrows(ServiceProblem.class, () -> draft.request("erp", ACCOUNT));
        assertEquals(Map.of("modules.finance", "is not a whole number", "maxActivations", "is not a whole number",
                "expiresAt", "is not a date (yyyy-mm-dd)"), refused.fieldErrors());
    }

    @Test
    void theIssuersRefusalLandsBesideItsFieldsWithTheInputKept() {
        var draft = draft(Map.of("finance", "5"));
        var refused = draft.refusedWith(new ServiceProblem(400, "VALIDATION_FAILED", "maxActivations must be less than or equal to 100000",
                Map.of("maxActivations", "must be less than or equal to 100000")));
        assertEquals("must be less than or equal to 100000", refused.error("maxActivations"));
        assertEquals("5", refused.seatsOf("finance"));
        assertEquals("Nothing was issued: correct the fields marked below.", refused.problem());
        assertNull(refused.seatsError("finance"));
    }

    @Test
    void aRefusalNoFieldShowsIsSaidAboveTheForm() {
        var refused = draft(Map.of("finance", "5")).refusedWith(new ServiceProblem(409, "CONFLICT", "The account is closed.",
                Map.of("accountId", "is closed")));
        assertEquals("The account is closed.", refused.problem());
    }

    @Test
    void aFloatingLicenseTakesItsHeartbeatInMinutes() {
        var floating = LicenseDraft.submitted(Map.of("finance", "5"), "10", "", "2027-12-01", "", "", "FLOATING", "5")
                .request("erp", ACCOUNT);
        assertEquals("FLOATING", floating.model());
        assertEquals("PT5M", floating.heartbeatInterval());
        var nodeLocked = LicenseDraft.submitted(Map.of("finance", "5"), "1", "", "2027-12-01", "", "", null, "")
                .request("erp", ACCOUNT);
        assertEquals("NODE_LOCKED", nodeLocked.model());
        assertEquals(null, nodeLocked.heartbeatInterval());
        ServiceProblem refused = assertThrows(ServiceProblem.class, () -> LicenseDraft.submitted(Map.of("finance", "5"),
                "1", "", "2027-12-01", "", "", "FLOATING", "often").request("erp", ACCOUNT));
        assertEquals("is not a whole number", refused.fieldErrors().get("heartbeatInterval"));
    }

    private static LicenseDraft draft(Map<String, String> seats) {
        return LicenseDraft.submitted(new LinkedHashMap<>(seats), "2", "", "2027-12-01", "", "", null, null);
    }
}
