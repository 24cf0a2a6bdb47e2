package com.licenseforge.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.SigninLinkRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Queues the mail of a customer portal sign-in link to the contact who asked, in their language, once per link
 * (a redelivered event finds it queued). The link holds the code, which signs in only from the browser that asked.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SigninMails {

    private static final Logger LOG = Logger.getLogger(SigninMails.class);
    /** How long the issuer keeps a sign-in link valid. */
    private static final int VALIDITY_MINUTES = 15;
    private static final Set<String> LANGUAGES = Set.of("en", "de", "zh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String QUEUE = """
            INSERT INTO mail (id, account_id, kind, threshold, recipient, language, subject, data, status, attempts,
                              next_attempt_at, created_at)
            VALUES (:id, :account, :kind, :threshold, :recipient, :language, :subject, CAST(:data AS jsonb), 'PENDING',
                    0, :now, :now)
            ON CONFLICT DO NOTHING""";

    private final MailTemplates templates;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final String portalUrl;

    public SigninMails(MailTemplates templates, EntityManager em, ObjectMapper json, Clock clock,
                       @ConfigProperty(name = "licenseforge.portal.url") String portalUrl) {
        this.templates = templates;
        this.em = em;
        this.json = json;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public void post(SigninLinkRequested request) {
        Instant now = clock.instant();
        String language = LANGUAGES.contains(request.language()) ? request.language() : "en";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "");
        data.put("link", portalUrl + "/signin/link?code=" + URLEncoder.encode(request.code(), StandardCharsets.UTF_8));
        data.put("minutes", VALIDITY_MINUTES);
        data.put("expiresAt", TIME.format(request.expiresAt()));
        int queued = em.createNativeQuery(QUEUE)
                .setParameter("id", UUID.randomUUID())
                .setParameter("account", request.accountId())
                .setParameter("kind", MailKind.PORTAL_SIGNIN.name())
                .setParameter("threshold", request.linkId().toString())
                .setParameter("recipient", request.email())
                .setParameter("language", language)
                .setParameter("subject", templates.render(MailKind.PORTAL_SIGNIN, language, data).subject())
                .setParameter("data", write(data))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (queued > 0) {
            LOG.infof("account %s: portal sign-in mail queued", request.accountId());
        }
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mail data cannot be written", e);
        }
    }
}
