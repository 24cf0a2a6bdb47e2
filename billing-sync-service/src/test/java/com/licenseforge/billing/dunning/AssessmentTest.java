package com.licenseforge.billing.dunning;

import com.licenseforge.billing.invoices.Invoice;
import com.licenseforge.billing.invoices.InvoiceStatus;
import com.licenseforge.common.license.Standing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssessmentTest {

    private static final Duration GRACE = Duration.ofDays(14);
    private static final Instant DUE = Instant.parse("2026-11-01T00:00:00Z");
    private final UUID license = UUID.randomUUID();

    @Test
    void nothingOverdueIsCurrent() {
        assertEquals(Assessment.CURRENT, Assessment.of(List.of(), DUE, GRACE));
        assertEquals(Assessment.CURRENT, Assessment.of(List.of(invoice("in_1", DUE)), DUE.minusSeconds(1), GRACE));
    }

    @Test
    void anInvoicePastItsDueDateMakesPastDueUntilTheGraceCountedFromItEnds() {
        Assessment pastDue = Assessment.of(List.of(invoice("in_1", DUE)), DUE.plus(Duration.ofDays(3)), GRACE);
        assertEquals(new Assessment(Standing.PAST_DUE, DUE, DUE.plus(GRACE)), pastDue);

        Assessment lastGraceSecond = Assessment.of(List.of(invoice("in_1", DUE)), DUE.plus(GRACE).minusSeconds(1), GRACE);
        assertEquals(Standing.PAST_DUE, lastGraceSecond.standing());

        Assessment suspended = Assessment.of(List.of(invoice("in_1", DUE)), DUE.plus(GRACE), GRACE);
        assertEquals(new Assessment(Standing.SUSPENDED, DUE, DUE.plus(GRACE)), suspended);
    }

    @Test
    void graceCountsFromTheFirstUnpaidDueDate() {
        Instant later = DUE.plus(Duration.ofDays(5));
        Assessment assessment = Assessment.of(List.of(invoice("in_2", later), invoice("in_1", DUE)),
                later.plus(Duration.ofDays(1)), GRACE);
        assertEquals(DUE, assessment.pastDueSince());
        assertEquals(DUE.plus(GRACE), assessment.graceEndsAt());
    }

    @Test
    void aFailedPaymentMakesPastDueAtOnceEvenBeforeTheDueDate() {
        Invoice invoice = invoice("in_1", DUE);
        Instant failed = DUE.minus(Duration.ofDays(2));
        invoice.paymentFailed(failed);
        assertEquals(new Assessment(Standing.PAST_DUE, failed, failed.plus(GRACE)),
                Assessment.of(List.of(invoice), failed, GRACE));
    }

    @Test
    void aPaidInvoiceNeverCountsAndStaysPaid() {
        Invoice invoice = invoice("in_1", DUE);
        invoice.paid();
        invoice.paymentFailed(DUE);
        invoice.describe(BigDecimal.TEN, DUE);
        assertEquals(InvoiceStatus.PAID, invoice.status);
        assertEquals(Assessment.CURRENT, Assessment.of(List.of(invoice), DUE.plus(Duration.ofDays(30)), GRACE));
    }

    private Invoice invoice(String id, Instant dueAt) {
        Invoice invoice = Invoice.open(id, license, DUE);
        invoice.describe(BigDecimal.valueOf(1200), dueAt);
        return invoice;
    }
}
