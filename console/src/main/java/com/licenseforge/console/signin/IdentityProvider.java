package com.licenseforge.console.signin;

import com.licenseforge.console.ConsoleConfig;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenClaimsVerifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The company's OpenID provider as the console uses it: discovery from the configured issuer, the
 * authorization request (code flow, state, nonce, PKCE S256), the code exchange and the ID token checks
 * (signature against the provider's JWKS, issuer, audience, nonce, expiry); the refresh of the access token and
 * the end of the session at the provider.
 */
@ApplicationScoped
public class IdentityProvider {

    private static final int CLOCK_SKEW_SECONDS = 60;

    /** What a successful sign-in yields: who, with which roles, and the provider's tokens. */
    public record SignedIn(String name, List<String> roles, Tokens tokens) {
    }

    /**
     * The provider's tokens: the access token the services are called with (its expiry unknown when the provider
     * does not say), the refresh token if the provider gives one, the ID token as the hint at sign-out.
     */
    public record Tokens(String access, Instant accessExpiry, String refresh, String id) {
    }

    private final ConsoleConfig.Oidc config;
    private final Clock clock;
    private volatile OIDCProviderMetadata metadata;
    private volatile JWKSet keys;

    IdentityProvider(ConsoleConfig config, Clock clock) {
        this.config = config.oidc();
        this.clock = clock;
    }

    URI authorizationRequest(State state, Nonce nonce, CodeVerifier verifier) throws IOException {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid"), clientId(), config.redirectUri())
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
    }

    SignedIn redeem(AuthorizationCode code, CodeVerifier verifier, Nonce nonce) throws IOException, SignInFailed {
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(tokenRequest(new AuthorizationCodeGrant(code, config.redirectUri(), verifier)).send());
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new SignInFailed("the identity provider's token response could not be read");
        }
        if (!response.indicatesSuccess()) {
            throw new SignInFailed("the identity provider refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        OIDCTokens tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        JWTClaimsSet claims = verifiedIdToken(tokens.getIDTokenString(), nonce);
        try {
            List<String> roles = Optional.ofNullable(claims.getStringListClaim(config.rolesClaim())).orElse(List.of());
            String name = Optional.ofNullable(claims.getStringClaim("name")).orElse(claims.getSubject());
            return new SignedIn(name, roles, tokens(tokens, null, tokens.getIDTokenString()));
        } catch (java.text.ParseException e) {
            throw new SignInFailed("the ID token's " + config.rolesClaim() + " claim is not a list of names");
        }
    }

    /**
     * New tokens for a refresh token. A provider that rotates refresh tokens sends a new one, which replaces the
     * old; one that does not leaves the old one valid. The ID token stays the one of the sign-in.
     */
    Tokens refresh(Tokens current) throws IOException, SignInFailed {
        TokenResponse response;
        try {
            response = TokenResponse.parse(tokenRequest(new RefreshTokenGrant(new RefreshToken(current.refresh()))).send());
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new SignInFailed("the identity provider's token response could not be read");
        }
        if (!response.indicatesSuccess()) {
            throw new SignInFailed("the identity provider refused the refresh token: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        return tokens(response.toSuccessResponse().getTokens(), current.refresh(), current.id());
    }

    /**
     * Where the browser ends its session at the provider (RP-initiated logout), coming back to the console's
     * signed-out page; empty when the provider offers no end-session endpoint.
     */
    Optional<URI> endSession(String idToken) throws IOException {
        URI endpoint = metadata().getEndSessionEndpointURI();
        if (endpoint == null) {
            return Optional.empty();
        }
        return Optional.of(new LogoutRequest(endpoint, hint(idToken), config.redirectUri().resolve("/signed-out"), null).toURI());
    }

    /** The ID token as the provider issued it; it was verified at the sign-in, so only the unreadable is left out. */
    private static JWT hint(String idToken) {
        try {
            return idToken == null ? null : JWTParser.parse(idToken);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private HTTPRequest tokenRequest(AuthorizationGrant grant) throws IOException {
        URI endpoint = metadata().getTokenEndpointURI();
        return config.clientSecret()
                .map(secret -> new TokenRequest(endpoint, new ClientSecretBasic(clientId(), new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(endpoint, clientId(), grant))
                .toHTTPRequest();
    }

    private Tokens tokens(com.nimbusds.oauth2.sdk.token.Tokens tokens, String previousRefresh, String idToken) {
        long lifetime = tokens.getAccessToken().getLifetime();
        RefreshToken refresh = tokens.getRefreshToken();
        return new Tokens(tokens.getAccessToken().getValue(), lifetime > 0 ? clock.instant().plusSeconds(lifetime) : null,
                refresh == null ? previousRefresh : refresh.getValue(), idToken);
    }

    private JWTClaimsSet verifiedIdToken(String idToken, Nonce nonce) throws IOException, SignInFailed {
        try {
            SignedJWT jwt = SignedJWT.parse(idToken);
            JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
            List<JWSAlgorithm> accepted = Optional.ofNullable(metadata().getIDTokenJWSAlgs()).orElse(List.of(JWSAlgorithm.RS256));
            if (!accepted.contains(algorithm) || !jwt.verify(verifier(jwt))) {
                throw new SignInFailed("the ID token's signature does not verify");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            var claimsVerifier = new IDTokenClaimsVerifier(metadata().getIssuer(), clientId(), nonce, CLOCK_SKEW_SECONDS);
            claimsVerifier.verify(claims, null);
            return claims;
        } catch (java.text.ParseException | JOSEException e) {
            throw new SignInFailed("the ID token could not be read");
        } catch (com.nimbusds.jwt.proc.BadJWTException e) {
            throw new SignInFailed("the ID token was refused: " + e.getMessage());
        }
    }

    /** The provider's key named in the header; the JWKS is fetched again once when the key is new (rotation). */
    private JWSVerifier verifier(SignedJWT jwt) throws IOException, JOSEException, SignInFailed {
        String keyId = jwt.getHeader().getKeyID();
        JWK key = keys(false).getKeyByKeyId(keyId);
        if (key == null) {
            key = keys(true).getKeyByKeyId(keyId);
        }
        if (key == null) {
            throw new SignInFailed("the ID token is signed with a key the identity provider does not publish");
        }
        if (key instanceof OctetKeyPair okp) {
            return new Ed25519Verifier(okp.toPublicJWK());
        }
        return new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(), KeyConverter.toJavaKeys(List.of(key)).get(0));
    }

    private JWKSet keys(boolean refresh) throws IOException {
        if (keys == null || refresh) {
            try {
                keys = JWKSet.load(metadata().getJWKSetURI().toURL());
            } catch (java.text.ParseException e) {
                throw new IOException("the identity provider's JWKS could not be read", e);
            }
        }
        return keys;
    }

    private OIDCProviderMetadata metadata() throws IOException {
        if (metadata == null) {
            try {
                metadata = OIDCProviderMetadata.resolve(new Issuer(config.issuer()));
            } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
                throw new IOException("the identity provider's discovery document could not be read", e);
            }
        }
        return metadata;
    }

    private ClientID clientId() {
        return new ClientID(config.clientId());
    }

    /** A sign-in that cannot complete; the message is safe to show (it names no token). */
    public static final class SignInFailed extends Exception {
        SignInFailed(String message) {
            super(message);
        }
    }
}
