package com.licenseforge.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One address in front of several console processes, as a load balancer without affinity: each connection goes to
 * the next backend in turn, its bytes passed through unchanged (Host header and cookies included).
 */
final class RoundRobinProxy implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> backends;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicIntegerArray served;
    private final ExecutorService pipes = Executors.newCachedThreadPool();

    RoundRobinProxy(int port, List<Integer> backends) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.backends = backends;
        this.served = new AtomicIntegerArray(backends.size());
        pipes.submit(this::accept);
    }

    /** How many connections each backend was given, in the order of the backends. */
    int[] served() {
        int[] counts = new int[backends.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = served.get(i);
        }
        return counts;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                int backend = Math.floorMod(next.getAndIncrement(), backends.size());
                served.incrementAndGet(backend);
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), backends.get(backend));
                pipes.submit(() -> pipe(client, upstream));
                pipes.submit(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed, or a backend down: the client sees its connection end
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pipes.shutdownNow();
    }
}
