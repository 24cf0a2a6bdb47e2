package com.licenseforge.common.http;

import io.netty.util.NetUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who the client is behind the proxies this service is told to trust. The proxy writes the client's address into
 * one header, configured here; the other forwarding header passes through it untouched, so it is whatever the
 * client chose to send and is never read. That header is a list each proxy appends its peer to, so only its right
 * end is written by proxies we know: walking from the right, every trusted proxy is skipped and the first address
 * that is not one is the client. Entries to the left of it are the client's own claims.
 */
@ApplicationScoped
public class TrustedProxies {

    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    public static final String FORWARDED = "Forwarded";

    private static final int MAX_HOPS = 30;

    private final List<Range> trusted;
    private final String header;

    public TrustedProxies(ClientAddressConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).map(Range::parse).toList();
        this.header = Stream.of(X_FORWARDED_FOR, FORWARDED)
                .filter(known -> known.equalsIgnoreCase(config.header().strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("licenseforge.http.client-address.header: "
                        + config.header() + " is neither " + X_FORWARDED_FOR + " nor " + FORWARDED));
    }

    /** The header the trusted proxies write the client's address into; the only one {@link #client} reads. */
    public String header() {
        return header;
    }

    /** The client's address given the connection's peer and all values of {@link #header()}, in order. */
    public String client(String peer, List<String> headerValues) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = header.equals(FORWARDED) ? forwardedFor(headerValues) : split(headerValues);
        String nearest = peer;
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS; i--) {
            Optional<String> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // not an address (unknown, obfuscated, garbage): the last proxy we trust is all we know
                return nearest;
            }
            if (!isTrusted(hop.get())) {
                return hop.get();
            }
            nearest = hop.get();
        }
        return nearest;
    }

    boolean isTrusted(String address) {
        Optional<byte[]> bytes = bytes(address);
        return bytes.isPresent() && trusted.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private static List<String> split(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /** The {@code for=} of each element of RFC 7239 {@code Forwarded} headers, in order. */
    private static List<String> forwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String element : split(headers)) {
            String node = "";
            for (String pair : element.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                    node = pair.substring(equals + 1).strip();
                }
            }
            hops.add(node);
        }
        return hops;
    }

    /** An IP literal in canonical text, from a hop that may carry quotes, brackets and a port. */
    static Optional<String> literal(String hop) {
        String node = hop.strip();
        if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
            node = node.substring(1, node.length() - 1);
        }
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            node = close < 0 ? "" : node.substring(1, close);
        } else if (node.indexOf(':') == node.lastIndexOf(':') && node.indexOf(':') > 0) {
            node = node.substring(0, node.indexOf(':'));
        }
        return bytes(node).map(NetUtil::bytesToIpAddress);
    }

    /** Parses literals only: a name is never resolved. */
    private static Optional<byte[]> bytes(String literal) {
        return literal.length() > 45 ? Optional.empty()
                : Optional.ofNullable(NetUtil.createByteArrayFromIpAddressString(literal));
    }

    /** An address or a CIDR block of them. */
    private record Range(byte[] network, int prefix) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] network = bytes(address).orElseThrow(() ->
                    new IllegalArgumentException("licenseforge.http.client-address.trusted-proxies: " + cidr + " is not an address"));
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
