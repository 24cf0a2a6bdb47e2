package com.licenseforge.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which service process is inside a database transaction right now: PostgreSQL names the client port of each
 * connection, the kernel the process that owns it. A test kills a process mid-transaction this way, not merely
 * somewhere during a run.
 */
final class Backends {

    private static final String HOLDING = """
            SELECT DISTINCT a.client_port FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid
             WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start IS NOT NULL
               AND l.locktype = 'relation' AND l.relation = CAST(? AS regclass) AND l.mode = ? AND l.granted""";

    private Backends() {
    }

    /** Whether {@code pid} holds an open transaction on {@code database} with {@code mode} on {@code table}. */
    static boolean inTransaction(Database database, String table, String mode, long pid) {
        List<String> ports = database.column(HOLDING, table, mode);
        return !ports.isEmpty() && owns(pid, ports.stream().map(Integer::parseInt).toList());
    }

    /** Whether one of the process's sockets is the local end of a connection to the tests' PostgreSQL at one of these ports. */
    private static boolean owns(long pid, List<Integer> localPorts) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 9 && fields[1].contains(":") && localPorts.contains(port(fields[1]))
                        && port(fields[2]) == FaultSystem.POSTGRES_PORT) {
                    inodes.add("socket:[" + fields[9] + "]");
                }
            }
        }
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    if (inodes.contains(Files.readSymbolicLink(descriptor).toString())) {
                        return true;
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed while the directory was read
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sockets of process " + pid, e);
        }
    }

    private static int port(String hexAddress) {
        return Integer.parseInt(hexAddress.substring(hexAddress.lastIndexOf(':') + 1), 16);
    }

    private static List<String> lines(Path table) {
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            return List.of();   // no IPv6 on this machine
        }
    }
}
