package com.licenseforge.client.machine;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the stable identifiers an unprivileged process can see; each one that is missing is left out. */
final class LocalHardware {

    private static final Path DMI = Path.of("/sys/class/dmi/id");

    private LocalHardware() {
    }

    static Map<String, String> components() {
        Map<String, String> found = new LinkedHashMap<>();
        firstLine(Path.of("/etc/machine-id")).or(() -> firstLine(Path.of("/var/lib/dbus/machine-id")))
                .ifPresent(id -> found.put("machine-id", id));
        board().ifPresent(board -> found.put("board", board));
        cpu().ifPresent(cpu -> found.put("cpu", cpu));
        mac().ifPresent(mac -> found.put("mac", mac));
        if (found.isEmpty()) {
            throw new IllegalStateException("no stable machine identifiers found; build the fingerprint from "
                    + "components the product knows (MachineFingerprint.of)");
        }
        return found;
    }

    private static Optional<String> board() {
        String board = Stream.of("board_vendor", "board_name", "board_serial")
                .map(name -> firstLine(DMI.resolve(name)).orElse(""))
                .filter(value -> !value.isBlank())
                .collect(Collectors.joining(" / "));
        return board.isBlank() ? Optional.empty() : Optional.of(board);
    }

    private static Optional<String> cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            Optional<String> model = lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
            if (model.isPresent()) {
                return model;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall back below
        }
        return Optional.ofNullable(System.getenv("PROCESSOR_IDENTIFIER")).filter(id -> !id.isBlank());
    }

    /** The MAC of the first physical, non-loopback adapter by name (virtual and point-to-point ones change). */
    private static Optional<String> mac() {
        try {
            List<NetworkInterface> adapters = NetworkInterface.networkInterfaces()
                    .filter(LocalHardware::physical)
                    .sorted(Comparator.comparing(NetworkInterface::getName))
                    .toList();
            for (NetworkInterface adapter : adapters) {
                byte[] address = adapter.getHardwareAddress();
                if (address != null && address.length == 6 && !allZero(address)) {
                    return Optional.of(HexFormat.ofDelimiter(":").formatHex(address));
                }
            }
        } catch (SocketException e) {
            // no adapters visible
        }
        return Optional.empty();
    }

    private static boolean physical(NetworkInterface adapter) {
        try {
            String name = adapter.getName();
            return !adapter.isLoopback() && !adapter.isVirtual() && !adapter.isPointToPoint()
                    && !name.startsWith("docker") && !name.startsWith("veth") && !name.startsWith("br-")
                    && !name.startsWith("virbr");
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean allZero(byte[] address) {
        for (byte b : address) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> !line.isEmpty()).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
