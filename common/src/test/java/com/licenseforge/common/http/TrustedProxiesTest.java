package com.licenseforge.common.http;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrustedProxiesTest {

    private static final List<String> NONE = List.of();

    @Test
    void withoutConfiguredProxiesNoHeaderIsBelievedNotEvenFromLoopback() {
        TrustedProxies proxies = proxies(Optional.empty(), TrustedProxies.X_FORWARDED_FOR);
        assertEquals("127.0.0.1", proxies.client("127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void theClientIsTheRightMostEntryNotWrittenByATrustedProxy() {
        TrustedProxies proxies = proxies(Optional.of(List.of("10.0.0.0/8", "192.0.2.1")), "x-forwarded-for");
        assertEquals(TrustedProxies.X_FORWARDED_FOR, proxies.header());
        // the left-most entry is the client's own claim; the proxies appended the rest
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("1.1.1.1, 203.0.113.9, 192.0.2.1")));
        assertEquals("203.0.113.9", proxies.client("10.1.2.3", List.of("1.1.1.1", "203.0.113.9, 10.9.9.9")));
        // an untrusted peer is the client whatever it claims
        assertEquals("198.51.100.4", proxies.client("198.51.100.4", List.of("10.0.0.1")));
        // only trusted hops: the left-most of them is as far as is known
        assertEquals("10.0.0.7", proxies.client("10.1.2.3", List.of("10.0.0.7, 192.0.2.1")));
        // garbage where an address should be ends the walk at the last trusted proxy
        assertEquals("192.0.2.1", proxies.client("10.1.2.3", List.of("203.0.113.9, evil.example, 192.0.2.1")));
        // no header: the trusted peer is all that is known
        assertEquals("10.1.2.3", proxies.client("10.1.2.3", NONE));
    }

    @Test
    void forwardedIsReadWithPortsQuotesAndIpv6WhenTheProxyWritesIt() {
        TrustedProxies proxies = proxies(Optional.of(List.of("10.0.0.0/8", "2001:db8::/32")), TrustedProxies.FORWARDED);
        assertEquals(TrustedProxies.FORWARDED, proxies.header());
        assertEquals("203.0.113.9", proxies.client("10.1.2.3",
                List.of("for=1.1.1.1;proto=https, for=\"203.0.113.9:4711\";by=10.0.0.1")));
        assertEquals("2001:db9::17", proxies.client("2001:db8::1",
                List.of("for=\"[2001:db9::17]:4711\", for=10.0.0.2")));
    }

    @Test
    void anotherHeaderIsRefusedAtStartup() {
        assertThrows(IllegalArgumentException.class, () -> proxies(Optional.empty(), "X-Real-IP"));
    }

    private static TrustedProxies proxies(Optional<List<String>> trusted, String header) {
        return new TrustedProxies(new ClientAddressConfig() {
            @Override
            public Optional<List<String>> trustedProxies() {
                return trusted;
            }

            @Override
            public String header() {
                return header;
            }
        });
    }
}
