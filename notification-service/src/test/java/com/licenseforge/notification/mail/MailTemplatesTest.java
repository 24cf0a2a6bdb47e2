package com.licenseforge.notification.mail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind in every language: its subject, and a body that names what the licensee needs to act on. */
@QuarkusTest
class MailTemplatesTest {

    private static final Map<MailKind, Map<String, String>> SUBJECTS = new EnumMap<>(Map.of(
            MailKind.LICENSE_ISSUED, Map.of("en", "Your license ERP-1 for erp", "de", "Ihre Lizenz ERP-1 für erp",
                    "zh", "您的 erp 许可证 ERP-1"),
            MailKind.LICENSE_RENEWED, Map.of("en", "License ERP-1 renewed until 2032-01-01",
                    "de", "Lizenz ERP-1 verlängert bis 2032-01-01", "zh", "许可证 ERP-1 已续期至 2032-01-01"),
            MailKind.EXPIRY_REMINDER, Map.of("en", "License ERP-1 expires in 30 days",
                    "de", "Lizenz ERP-1 läuft in 30 Tagen ab", "zh", "许可证 ERP-1 将在 30 天后到期"),
            MailKind.MAINTENANCE_ENDING, Map.of("en", "Maintenance for ERP-1 ends in 30 days",
                    "de", "Wartung für ERP-1 endet in 30 Tagen", "zh", "ERP-1 的维护将在 30 天后结束"),
            MailKind.PAST_DUE, Map.of("en", "Payment overdue for license ERP-1",
                    "de", "Zahlung für Lizenz ERP-1 überfällig", "zh", "许可证 ERP-1 付款逾期"),
            MailKind.SUSPENDED, Map.of("en", "License ERP-1 suspended", "de", "Lizenz ERP-1 gesperrt",
                    "zh", "许可证 ERP-1 已暂停"),
            MailKind.REINSTATED, Map.of("en", "License ERP-1 restored", "de", "Lizenz ERP-1 wieder freigeschaltet",
                    "zh", "许可证 ERP-1 已恢复"),
            MailKind.TRIAL_STARTED, Map.of("en", "Your trial of erp has started", "de", "Ihre Testversion von erp läuft",
                    "zh", "您的 erp 试用已开始"),
            MailKind.TRIAL_ENDING, Map.of("en", "Your trial of erp ends in 30 days",
                    "de", "Ihre Testversion von erp endet in 30 Tagen", "zh", "您的 erp 试用将在 30 天后结束"),
            MailKind.PORTAL_SIGNIN, Map.of("en", "Your sign-in link to the customer portal",
                    "de", "Ihr Anmeldelink zum Kundenportal", "zh", "您的客户门户登录链接")));

    /** What each body must say, per language: the facts of the kind. */
    private static final Map<MailKind, List<String>> FACTS = new EnumMap<>(Map.of(
            MailKind.LICENSE_ISSUED, List.of("ERP-1", "CDKEY-123", "2031-01-01"),
            MailKind.LICENSE_RENEWED, List.of("ERP-1", "2031-01-01", "2032-01-01"),
            MailKind.EXPIRY_REMINDER, List.of("ERP-1", "2031-01-01", "30"),
            MailKind.MAINTENANCE_ENDING, List.of("ERP-1", "2030-06-01", "30"),
            MailKind.PAST_DUE, List.of("ERP-1", "in_42", "1200.00", "2030-12-01", "2030-12-15"),
            MailKind.SUSPENDED, List.of("ERP-1", "in_42"),
            MailKind.REINSTATED, List.of("ERP-1"),
            MailKind.TRIAL_STARTED, List.of("ERP-1", "2031-01-01"),
            MailKind.TRIAL_ENDING, List.of("ERP-1", "2031-01-01", "30"),
            MailKind.PORTAL_SIGNIN, List.of("https://portal.example/signin/link?code=c0de", "15", "2031-01-01")));

    @Inject
    MailTemplates templates;

    @Test
    void everyKindHasItsSubjectAndFactsInEnglishGermanAndChinese() {
        for (MailKind kind : MailKind.values()) {
            for (String language : List.of("en", "de", "zh")) {
                MailTemplates.Rendered mail = templates.render(kind, language, data());
                assertEquals(SUBJECTS.get(kind).get(language), mail.subject(), kind + " " + language);
                for (String fact : FACTS.get(kind)) {
                    assertTrue(mail.text().contains(fact), kind + " " + language + " lacks " + fact + ":\n" + mail.text());
                    assertTrue(mail.html().contains(fact), kind + " " + language + " HTML lacks " + fact);
                }
                assertTrue(mail.text().contains("Erika"), kind + " " + language + " greets no one");
                assertTrue(mail.html().contains("lang=\"" + language + "\""), mail.html());
                assertFalse(mail.text().contains("{"), mail.text());
            }
        }
    }

    @Test
    void theGermanTextReadsAsWritten() {
        MailTemplates.Rendered mail = templates.render(MailKind.PAST_DUE, "de", data());
        assertEquals("""
                Guten Tag Erika <Muster>,

                für Ihre Lizenz ERP-1 (erp) ist keine Zahlung eingegangen. Offene Rechnungen:
                - Rechnung in_42: 1200.00, fällig am 2030-12-01

                Bitte zahlen Sie bis zum 2030-12-15; danach wird die Lizenz bis zum Zahlungseingang gesperrt.

                Ihr LicenseForge-Lizenzteam
                """, mail.text());
    }

    @Test
    void theHtmlPartEscapesWhatItShows() {
        MailTemplates.Rendered mail = templates.render(MailKind.REINSTATED, "en", data());
        assertTrue(mail.html().contains("Hello Erika &lt;Muster&gt;,"), mail.html());
        assertFalse(mail.html().contains("<Muster>"));
    }

    @Test
    void theSignInLinkIsALinkInTheHtmlPart() {
        String html = templates.render(MailKind.PORTAL_SIGNIN, "de", data()).html();
        assertTrue(html.contains("<a href=\"https://portal.example/signin/link?code=c0de\">https://portal.example/signin/link?code=c0de</a>"), html);
        assertFalse(templates.render(MailKind.REINSTATED, "en", data()).html().contains("<a "));
    }

    @Test
    void withoutANameTheGreetingStaysPolite() {
        Map<String, Object> data = data();
        data.put("name", "");
        assertTrue(templates.render(MailKind.REINSTATED, "en", data).text().startsWith("Hello,\n"));
        assertTrue(templates.render(MailKind.REINSTATED, "zh", data).text().startsWith("您好：\n"));
    }

    private static Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>();
        data.put("serial", "ERP-1");
        data.put("product", "erp");
        data.put("name", "Erika <Muster>");
        data.put("cdKey", "CDKEY-123");
        data.put("expiresAt", "2031-01-01");
        data.put("maintenanceUntil", "2030-06-01");
        data.put("oldExpiresAt", "2031-01-01");
        data.put("newExpiresAt", "2032-01-01");
        data.put("days", 30);
        data.put("link", "https://portal.example/signin/link?code=c0de");
        data.put("minutes", 15);
        data.put("graceEndsAt", "2030-12-15");
        data.put("invoices", List.of(Map.of("id", "in_42", "amount", "1200.00", "dueAt", "2030-12-01")));
        return data;
    }
}
