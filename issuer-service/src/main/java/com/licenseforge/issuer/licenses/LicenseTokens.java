package com.licenseforge.issuer.licenses;

import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.license.LicenseKind;
import com.licenseforge.common.license.SalesStatus;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.token.LicenseFile;
import com.licenseforge.common.token.TokenClaims;
import com.licenseforge.common.token.TokenSigner;
import com.licenseforge.issuer.vocabulary.Codes;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Mints the Ed25519 license token (claims as in DESIGN.md) and the armored license file around it. */
@ApplicationScoped
public class LicenseTokens {

    private final TokenSigner signer;

    public LicenseTokens(TokenSigner signer) {
        this.signer = signer;
    }

    /** A fresh token for {@code license}; a revoked license gets none, so no new proof of it circulates. */
    public String token(License license) {
        if (license.status == SalesStatus.REVOKED) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.REVOKED,
                    "license " + license.id + " is revoked and has no token");
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(license.serial)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .notBeforeTime(Date.from(license.startsAt))
                .claim(TokenClaims.LICENSE_ID, license.id.toString())
                .claim(TokenClaims.ACCOUNT, license.accountId.toString())
                .claim(TokenClaims.PRODUCT, license.productCode)
                .claim(TokenClaims.MODULES, license.modules)
                .claim(TokenClaims.MAX_ACTIVATIONS, license.maxActivations)
                .claim(TokenClaims.MODEL, license.model.name())
                .claim(TokenClaims.KIND, license.kind.name());
        if (license.model.isFloating()) {
            claims.claim(TokenClaims.HEARTBEAT_INTERVAL, license.heartbeatIntervalSeconds);
        }
        if (license.edition != null) {
            claims.claim(TokenClaims.EDITION, license.edition);
        }
        if (license.expiresAt != null) {
            claims.expirationTime(Date.from(license.expiresAt));
            if (license.kind == LicenseKind.TRIAL) {
                claims.claim(TokenClaims.TRIAL_ENDS_AT, license.expiresAt.getEpochSecond());
            }
        }
        if (license.maintenanceUntil != null) {
            claims.claim(TokenClaims.MAINTENANCE_UNTIL, license.maintenanceUntil.getEpochSecond());
        }
        return signer.sign(TokenClaims.LICENSE_TYPE, claims.build());
    }

    /** The license file around a fresh token. */
    public String file(License license) {
        return file(license, token(license));
    }

    /** The license file around {@code token}, one {@link #token} minted for {@code license}. */
    public String file(License license, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Serial", license.serial);
        headers.put("Kind", license.kind.name());
        headers.put("Product", license.productCode + (license.edition != null ? " " + license.edition : ""));
        headers.put("Account", license.accountId.toString());
        headers.put("Modules", new TreeMap<>(license.modules).entrySet().stream()
                .map(module -> module.getKey() + " " + module.getValue()).collect(Collectors.joining(", ")));
        if (license.model.isFloating()) {
            headers.put("Model", "floating, heartbeat every " + LicenseModel.text(license.heartbeatInterval()));
        }
        headers.put("Expires", license.expiresAt != null ? license.expiresAt.toString() : "never (perpetual)");
        if (license.maintenanceUntil != null) {
            headers.put("Maintenance until", license.maintenanceUntil.toString());
        }
        return LicenseFile.armor(token, headers);
    }
}
