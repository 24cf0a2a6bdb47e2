package com.licenseforge.client.cli;

import com.licenseforge.client.CdKey;
import com.licenseforge.client.LicenseStatus;
import com.licenseforge.client.Licensing;
import com.licenseforge.client.api.ActivationApi;
import com.licenseforge.client.api.LicenseApiException;
import com.licenseforge.client.api.Organization;
import com.licenseforge.client.api.TrialLease;
import com.licenseforge.client.machine.MachineFingerprint;
import com.licenseforge.client.verify.ProductRelease;
import com.licenseforge.client.verify.TrustedKeys;
import com.licenseforge.client.verify.VerificationException;
import com.licenseforge.client.verify.VerifiedLicense;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command-line tool for customer administrators (see INTEGRATION.md): list the organizations a license may be
 * activated into, start a trial, make an offline request file, post
 * one from a connected computer, import the answer, activate online, borrow and check in a floating license's
 * slot, show the state of the local license, verify a license file, print this machine's fingerprint. Exit status 0 on success, 1 when the license is not good (or the service
 * said no), 2 on a usage error.
 */
public final class LicenseTool {

    private static final String USAGE = """
            usage: licenseforge-client COMMAND [--config FILE] [--name value ...]
              organizations --serial S --server URI                                the organizations to activate into (asks for the CD key)
              request   --serial S --organization ORG [--hostname H] [--out FILE]  offline request file (asks for the CD key);
                        ORG is the organization's id, or with --server its number or name as organizations lists it
              post      REQUEST_FILE --server URI [--out FILE]                     post a request file, write the license file
              trial     --organization-name N --email E --server URI [--hostname H] start a trial of the product on this machine
                        [--language en|de|zh]                                      (the language of the trial's mail; default en)
              import    LICENSE_FILE                                               keep an offline answer as this machine's lease
              checkout  --serial S --organization ORG --server URI [--hostname H]  activate online (a floating license: take a
                        slot on a lease the product then renews); asks for the CD key
              borrow    --until INSTANT --server URI                              take this machine's floating lease offline until then
              checkin   --server URI                                               give this machine's slot back now (asks for the CD key)
              status                                                               the local license: licensed, days left, modules
              verify    LICENSE_FILE                                               verify any license file against the pinned keys
              fingerprint                                                          this machine's fingerprint and components
            settings (options or --config properties): product, version, released-at, license-keys, activation-keys
              (JWKS files, several allowed), state (the state file), mark (its high-water mark; default beside it),
              component.NAME (instead of detected hardware)""";

    private final PrintStream out;
    private final BufferedReader in;

    LicenseTool(PrintStream out, BufferedReader in) {
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(new LicenseTool(System.out, stdin).run(List.of(args)));
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        try {
            Options options = Options.parse(args.subList(1, args.size()));
            return switch (args.get(0)) {
                case "organizations" -> organizations(options);
                case "request" -> request(options);
                case "post" -> post(options);
                case "trial" -> trial(options);
                case "import" -> importFile(options);
                case "checkout" -> checkout(options);
                case "borrow" -> borrow(options);
                case "checkin" -> checkIn(options);
                case "status" -> status(options);
                case "verify" -> verify(options);
                case "fingerprint" -> fingerprint(options);
                default -> throw new Options.UsageException("unknown command " + args.get(0));
            };
        } catch (Options.UsageException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        } catch (VerificationException | LicenseApiException | IllegalArgumentException | IllegalStateException
                 | UncheckedIOException e) {
            out.println("failed: " + e.getMessage());
            return 1;
        }
    }

    private int organizations(Options options) {
        String serial = options.require("serial");
        ActivationApi api = ActivationApi.builder(URI.create(options.require("server"))).build();
        List<Organization> organizations = api.organizations(serial, CdKey.of(readCdKey()));
        for (int i = 0; i < organizations.size(); i++) {
            Organization organization = organizations.get(i);
            out.println((i + 1) + "  " + organization.id() + "  " + organization.name()
                    + (organization.taxId() != null ? "  tax id " + organization.taxId() : "")
                    + (organization.bound() ? "  [bound: the license is activated here]" : ""));
        }
        return 0;
    }

    private int request(Options options) {
        String serial = options.require("serial");
        String organization = options.require("organization");
        CdKey cdKey = CdKey.of(readCdKey());
        Licensing licensing = licensing(options);
        String file = licensing.offlineRequest(serial, cdKey, OrganizationOption.resolve(organization, () -> {
            if (options.get("server").isEmpty()) {
                throw new Options.UsageException("--organization is an id, or with --server a number or name");
            }
            return licensing.organizations(serial, cdKey);
        }), options.get("hostname").orElse(null));
        write(options, file);
        return 0;
    }

    private int post(Options options) {
        String request = read(Path.of(options.argument(0, "the request file")));
        write(options, ActivationApi.builder(URI.create(options.require("server"))).build().activateOffline(request));
        return 0;
    }

    private int trial(Options options) {
        options.require("server");
        Licensing licensing = licensing(options);
        TrialLease trial = licensing.startTrial(options.require("organization-name"), options.require("email"),
                options.get("hostname").orElse(null), options.get("language").orElse(null));
        out.println("trial started: serial " + trial.serial() + ", CD key " + trial.cdKey().reveal()
                + " (keep both; the CD key is not shown again)");
        out.println("trial ends: " + trial.trialEndsAt() + "; billing reference for the purchase: " + trial.billingRef());
        print(licensing.status());
        return 0;
    }

    private int importFile(Options options) {
        LicenseStatus status = licensing(options).importLicenseFile(read(Path.of(options.argument(0, "the license file"))));
        print(status);
        return status.licensed() ? 0 : 1;
    }

    private int checkout(Options options) {
        String serial = options.require("serial");
        String organization = options.require("organization");
        options.require("server");
        CdKey cdKey = CdKey.of(readCdKey());
        Licensing licensing = licensing(options);
        LicenseStatus status = licensing.activate(serial, cdKey, OrganizationOption.resolve(organization,
                () -> licensing.organizations(serial, cdKey)), options.get("hostname").orElse(null));
        print(status);
        return status.licensed() ? 0 : 1;
    }

    private int borrow(Options options) {
        Instant until = instant(options.require("until"), "until");
        options.require("server");
        LicenseStatus status = licensing(options).borrow(until);
        print(status);
        return status.licensed() ? 0 : 1;
    }

    private int checkIn(Options options) {
        options.require("server");
        licensing(options).checkIn(CdKey.of(readCdKey()));
        out.println("checked in: the slot is free");
        return 0;
    }

    private int status(Options options) {
        LicenseStatus status = licensing(options).status();
        print(status);
        return status.licensed() ? 0 : 1;
    }

    private int verify(Options options) {
        VerifiedLicense license = licensing(options).loadLicenseFile(Path.of(options.argument(0, "the license file")));
        out.println("valid " + license.kind().type() + " signed by key " + license.keyId());
        describe(license);
        return 0;
    }

    private int fingerprint(Options options) {
        MachineFingerprint machine = machine(options);
        out.println("fingerprint: " + machine.fingerprint());
        machine.components().forEach((name, value) -> out.println("component " + name + ": " + value));
        return 0;
    }

    private void print(LicenseStatus status) {
        out.println("licensed: " + (status.licensed() ? "yes" : "no" + (status.reason() != null ? " (" + status.reason() + ")" : "")));
        if (status.licensed()) {
            out.println("lease ends: " + status.leaseEndsAt() + " (" + status.daysLeft() + " days left)");
            if (status.license().floating()) {
                out.println("floating: heartbeat every " + status.license().heartbeatInterval()
                        + (status.license().borrowedUntil() != null ? ", borrowed until " + status.license().borrowedUntil() : ""));
            }
            describe(status.license());
        }
        if (status.trial() != null) {
            out.println(status.trial().ended() ? "trial: ended; enter the serial of a paid license"
                    : "trial: ends " + status.trial().endsAt() + " (" + status.trial().daysLeft() + " days left)");
        }
        if (status.lastCode() != null) {
            out.println("last answer of the service: " + status.lastCode() + " at " + status.lastCheckedAt()
                    + (status.graceEndsAt() != null ? ", grace ends " + status.graceEndsAt() : ""));
        }
    }

    private void describe(VerifiedLicense license) {
        out.println("serial: " + license.serial() + (license.trial() ? " (trial)" : ""));
        out.println("product: " + license.productCode() + (license.edition() != null ? " " + license.edition() : ""));
        if (license.organizationId() != null) {
            out.println("organization: " + license.organizationId());
            out.println("activation: " + license.activationId());
        }
        out.println("modules: " + new TreeMap<>(license.modules()));
        out.println("expires: " + (license.expiresAt() != null ? license.expiresAt() : "never"));
        out.println("maintenance until: " + (license.maintenanceUntil() != null ? license.maintenanceUntil() : "unlimited"));
    }

    private Licensing licensing(Options options) {
        TrustedKeys.Builder keys = TrustedKeys.builder();
        options.all("license-keys").forEach(file -> keys.licenseKeys(read(Path.of(file))));
        options.all("activation-keys").forEach(file -> keys.activationKeys(read(Path.of(file))));
        Licensing.Builder builder = Licensing.builder()
                .release(new ProductRelease(options.require("product"), options.require("version"),
                        instant(options.require("released-at"), "released-at")))
                .trustedKeys(keys.build())
                .machine(machine(options))
                .stateFile(Path.of(options.get("state").orElse("licenseforge-state.json")));
        options.get("mark").ifPresent(mark -> builder.markFile(Path.of(mark)));
        options.get("server").ifPresent(server -> builder.server(URI.create(server)));
        return builder.build();
    }

    private static MachineFingerprint machine(Options options) {
        Map<String, String> components = options.withPrefix("component.");
        return components.isEmpty() ? MachineFingerprint.detect() : MachineFingerprint.of(components);
    }

    /** From the console without echo; from standard input when there is no console (scripts). */
    private String readCdKey() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("CD key: ");
            return typed == null ? "" : new String(typed);
        }
        try {
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Options options, String text) {
        if (options.get("out").isEmpty()) {
            out.print(text);
            return;
        }
        try {
            Files.writeString(Path.of(options.get("out").get()), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + options.get("out").get(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Instant instant(String text, String option) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Options.UsageException(option + " must be an instant such as 2026-03-01T00:00:00Z");
        }
    }
}
