package com.acme.erp;

import com.licenseforge.client.CdKey;
import com.licenseforge.client.Heartbeat;
import com.licenseforge.client.HeartbeatListener;
import com.licenseforge.client.LicenseStatus;
import com.licenseforge.client.Licensing;
import com.licenseforge.client.api.RefusedException;
import com.licenseforge.client.api.UnreachableException;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A vendor's program licensing itself with the LicenseForge client library, the way client/INTEGRATION.md
 * describes it: the release and the pinned keys are part of the build, the license is checked offline at
 * every start, activated on the first, and kept alive by the heartbeat while the program runs.
 * <p>
 * {@code java com.acme.erp.LicensedErp SERVICE_URL KEYS_DIR DATA_DIR PRODUCT [SERIAL ORGANIZATION_ID]}; on the
 * first start the CD key is asked for on standard input.
 */
public final class LicensedErp {

    private LicensedErp() {
    }

    public static void main(String[] args) throws IOException {
        LicenseStatus status = start(args, new BufferedReader(new InputStreamReader(System.in)));
        System.exit(status.licensed() ? 0 : 1);
    }

    /** Starts licensing, runs the program while licensed and answers the license status at the end. */
    public static LicenseStatus start(String[] args, BufferedReader console) throws IOException {
        // What a real build compiles in: its product, version and release date, and the vendor's public keys.
        ProductRelease release = new ProductRelease(args[3], "1.0.0", Instant.parse("2026-01-15T00:00:00Z"));
        Path keys = Path.of(args[1]);
        TrustedKeys trusted = TrustedKeys.builder()
                .licenseKeys(TrustedKeys.file(keys.resolve("issuer-jwks.json")))
                .activationKeys(TrustedKeys.file(keys.resolve("activation-jwks.json")))
                .build();

        Licensing licensing = Licensing.builder()
                .server(URI.create(args[0]))
                .release(release)
                .trustedKeys(trusted)
                .machine(MachineFingerprint.detect())
                .stateFile(Path.of(args[2], "license.json"))
                .build();

        LicenseStatus status = licensing.status();             // offline: the kept lease, verified locally
        if (!status.licensed() && args.length > 5) {           // first start: the customer enters the license
            System.out.print("CD key: ");
            try {
                status = licensing.activate(args[4], CdKey.of(console.readLine()), UUID.fromString(args[5]), "erp-prod-01");
            } catch (RefusedException e) {
                System.out.println("activation refused: " + e.refusal());       // typed: TooManyActivations(2, 2), ...
            } catch (UnreachableException e) {
                System.out.println("the activation service cannot be reached: try later, or activate offline");
            }
        }
        if (!status.licensed()) {
            System.out.println("not licensed: " + status.reason());
            return status;
        }
        try (Heartbeat heartbeat = licensing.startHeartbeat(Duration.ofHours(6), new HeartbeatListener() {
            @Override
            public void onStatus(LicenseStatus now) {
                if (!now.licensed()) {
                    System.out.println("the license ended: " + now.reason());   // a real program stops here
                }
            }

            @Override
            public void onFailure(RuntimeException failure, LicenseStatus lastGood) {
                System.out.println("offline, the lease lasts " + lastGood.daysLeft() + " more days");
            }
        })) {
            System.out.println("ERP running, " + status.daysLeft() + " days of lease, finance for "
                    + status.seats("finance") + " users");
        }
        return licensing.status();
    }
}
