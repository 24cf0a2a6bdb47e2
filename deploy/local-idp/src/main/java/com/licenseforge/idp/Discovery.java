package com.licenseforge.idp;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** The provider metadata document a relying party discovers everything else from. */
final class Discovery implements HttpHandler {

    private final String document;

    Discovery(URI issuer) {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(issuer), List.of(SubjectType.PUBLIC),
                URI.create(issuer + "/jwks"));
        metadata.setAuthorizationEndpointURI(URI.create(issuer + "/authorize"));
        metadata.setTokenEndpointURI(URI.create(issuer + "/token"));
        metadata.setEndSessionEndpointURI(URI.create(issuer + "/logout"));
        metadata.setResponseTypes(List.of(ResponseType.CODE));
        metadata.setGrantTypes(List.of(GrantType.AUTHORIZATION_CODE));
        metadata.setScopes(new Scope("openid"));
        metadata.setCodeChallengeMethods(List.of(CodeChallengeMethod.S256));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.EdDSA));
        metadata.setTokenEndpointAuthMethods(List.of(ClientAuthenticationMethod.NONE));
        metadata.setClaims(List.of("sub", "name", "groups", "upn"));
        document = metadata.toJSONObject().toJSONString();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Http.send(exchange, 200, "application/json", document);
    }
}
