package com.licenseforge.issuer.licenses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.common.events.LicenseDelivery;
import com.licenseforge.common.seal.DeliverySeal;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.issuer.catalogue.Product;
import com.licenseforge.issuer.events.LicenseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands a new license's file and CD key to the notification service, sealed, in the issuing transaction: the one
 * mail that carries the CD key is sent from there (docs/decisions.md). A product that keeps CD keys out of mail
 * gets the file alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicenseDeliveries {

    private final LicenseTokens tokens;
    private final LicenseEvents events;
    private final DeliverySeal seal;
    private final ObjectMapper json;

    public LicenseDeliveries(LicenseTokens tokens, LicenseEvents events, DeliverySeal seal, ObjectMapper json) {
        this.tokens = tokens;
        this.events = events;
        this.seal = seal;
        this.json = json;
    }

    /**
     * Seals the new license's delivery; returns the license's token the file armors, minted once for the delivery
     * and the issuance's answer (an Ed25519 signature is most of an issuance's CPU).
     */
    public String issued(License license, Product product, String cdKey, Actor actor) {
        String token = tokens.token(license);
        Map<String, String> content = new LinkedHashMap<>();
        content.put("licenseFile", tokens.file(license, token));
        if (product.cdKeyByMail) {
            content.put("cdKey", cdKey);
        }
        try {
            String sealed = seal.seal(license.id, json.writeValueAsString(content));
            events.licenseDelivery(new LicenseDelivery(license.id, license.serial, sealed), actor.name());
            return token;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("delivery cannot be written", e);
        }
    }
}
