package com.licenseforge.notification.webhooks;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The SSRF corpus: every way of naming an address inside the vendor's or the platform's network is refused, after
 * resolution (names from this test's own hosts file, -Djdk.net.hosts.file), unless the allow-list names it.
 */
class WebhookTargetTest {

    private static final AddressPolicy STRICT = new AddressPolicy(List.of());
    private static final AddressPolicy LOCAL = new AddressPolicy(List.of("127.0.0.1/32"));

    /** Runs in the surefire execution ssrf-corpus, whose JVM resolves through src/test/resources/ssrf-hosts. */
    @BeforeAll
    static void resolvesThroughTheTestHostsFile() {
        assumeTrue(System.getProperty("jdk.net.hosts.file") != null, "needs -Djdk.net.hosts.file (pom.xml)");
    }

    @Test
    void addressesIntoTheNetworkAreRefusedInEveryForm() {
        List<String> corpus = List.of(
                "http://127.0.0.1/", "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.0.0.1/",
                "http://127.1/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::1]/",
                "http://localhost/", "http://169.254.169.254/latest/meta-data/", "http://0xA9FEA9FE/",
                "http://2852039166/", "http://[::ffff:169.254.169.254]/", "http://[fd00:ec2::254]/",
                "http://[fe80::1]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/",
                "http://100.64.0.1/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/",
                "http://255.255.255.255/", "http://intranet.example.test/hooks", "http://mixed.example.test/",
                "ftp://receiver.example.test/", "https://user:secret@receiver.example.test/", "https:///nohost",
                "http://no-such-host.invalid/");
        for (String url : corpus) {
            assertThrows(WebhookTarget.Refused.class, () -> WebhookTarget.resolve(url, STRICT), url);
            if (!url.equals("http://127.0.0.1/") && !url.equals("http://localhost/")) {   // the names of 127.0.0.1
                assertThrows(WebhookTarget.Refused.class, () -> WebhookTarget.resolve(url, LOCAL), url + " (local)");
            }
        }
    }

    @Test
    void aNameIsCheckedByWhatItResolvesTo() {
        WebhookTarget.Refused refused = assertThrows(WebhookTarget.Refused.class,
                () -> WebhookTarget.resolve("https://intranet.example.test/hooks", STRICT));
        assertTrue(refused.getMessage().contains("10.20.30.40 is a private address"), refused.getMessage());
    }

    @Test
    void publicAddressesAndTheAllowListAreReachedAtTheAddressChecked() throws Exception {
        WebhookTarget target = WebhookTarget.resolve("https://receiver.example.test/hooks?x=1", STRICT);
        assertEquals("203.0.113.7", target.address().getHostAddress());
        assertEquals("receiver.example.test", target.host());
        assertEquals(443, target.port());
        assertEquals("/hooks?x=1", target.pathAndQuery());
        assertEquals("127.0.0.1", WebhookTarget.resolve("http://127.0.0.1:8099/", LOCAL).address().getHostAddress());
        assertEquals("93.184.216.34", WebhookTarget.resolve("http://93.184.216.34", STRICT).address().getHostAddress());
    }
}
