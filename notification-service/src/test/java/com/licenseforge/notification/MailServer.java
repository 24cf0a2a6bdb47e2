package com.licenseforge.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real mail server for the tests: GreenMail's SMTP and IMAP servers in the test JVM, on the tests' own ports. A
 * mailbox is created for each recipient with its address as login and password, as the local mail server does;
 * the tests read it over IMAP. {@link #stop()} and {@link #start()} let a test take the server away.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    public static final int SMTP_PORT = 13025;
    public static final int IMAP_PORT = 13143;
    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        up();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(SMTP_PORT),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        down();
    }

    public static synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
        }
    }

    public static synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages in {@code address}'s inbox, read over IMAP with the address as login and password. */
    public static List<Message> inbox(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", IMAP_PORT, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Message> messages = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                messages.add(new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) message));
            }
            inbox.close(false);
            return messages;
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();   // no mail was ever delivered to the address, so it has no mailbox
        } catch (MessagingException e) {
            throw new IllegalStateException("reading the inbox of " + address + " failed", e);
        }
    }
}
