package com.licenseforge.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * A TCP relay in front of the mail server that holds each of the server's answers back for a while: a slow mail
 * relay as the services meet it in production, so a process killed during its sending is most likely killed
 * mid-conversation, and the server's final "250 OK" to a message may reach a client that is already gone.
 */
final class SlowRelay implements AutoCloseable {

    private final int port;
    private final int target;
    private volatile Duration delay = Duration.ZERO;
    private ServerSocket server;

    SlowRelay(int port, int target) {
        this.port = port;
        this.target = target;
    }

    void start() {
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException("the relay cannot listen on " + port, e);
        }
        daemon(this::accept);
    }

    /** How long each answer of the server is held back from now on. */
    void delay(Duration delay) {
        this.delay = delay;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                daemon(() -> pump(client, upstream, false));
                daemon(() -> pump(upstream, client, true));
            } catch (IOException e) {
                // closed, or the mail server refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        byte[] buffer = new byte[16 * 1024];
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (answers && !delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away (a killed client, say): both sockets are closed with it
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "slow-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
