package com.licenseforge.notification.webhooks;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * A webhook URL checked for an outbound call: http or https, a host and no user info; the host resolved now and
 * every address it resolves to allowed by the {@link AddressPolicy}. The call connects to {@link #address()}, the
 * one checked (pinned), so a DNS answer that changes between the check and the connection changes nothing. Numeric
 * hosts other than a plain dotted quad or a plain IPv6 literal (decimal {@code 2130706433}, octal {@code 0177.0.0.1},
 * hexadecimal, IPv4 inside IPv6) are refused: clients read them differently, and none is needed.
 */
public record WebhookTarget(URI uri, String host, int port, boolean https, InetAddress address) {

    private static final String DOTTED_QUAD = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}";

    /** Thrown when a URL may not be called; the message says why (it names no secret). */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    public static WebhookTarget resolve(String url, AddressPolicy policy) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("not a URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("the URL must be https (or http)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("the URL must not carry a user or password");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new Refused("the URL names no host");
        }
        checkLiteral(host);
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host : IDN.toASCII(host));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new Refused("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new Refused("the host " + host + " resolves to " + refusal.get());
            }
        }
        return new WebhookTarget(uri, host.startsWith("[") ? host.substring(1, host.length() - 1) : host, port, https,
                addresses[0]);
    }

    private static void checkLiteral(String host) throws Refused {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            if (lower.contains(".") || lower.contains("%")) {
                throw new Refused("an IPv6 literal with an IPv4 address or a zone is not accepted");
            }
            try {
                InetAddress literal = InetAddress.getByName(lower);
                // the JDK reads ::ffff:a.b.c.d as the IPv4 address itself
                if (literal instanceof Inet4Address || AddressPolicy.unmapped(literal) != literal) {
                    throw new Refused("an IPv4-mapped IPv6 literal is not accepted");
                }
            } catch (UnknownHostException e) {
                throw new Refused("not an IPv6 literal: " + host);
            }
            return;
        }
        boolean numeric = lower.matches("[0-9.]+") || lower.matches("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*");
        if (numeric && !lower.matches(DOTTED_QUAD)) {
            throw new Refused("a numeric host must be a plain dotted quad like 203.0.113.7");
        }
    }

    /** Path and query to request, never empty. */
    String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
