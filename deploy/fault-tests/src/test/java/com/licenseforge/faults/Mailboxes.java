package com.licenseforge.faults;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What reached a recipient's inbox on the tests' mail server, read over IMAP (the address is login and password). */
final class Mailboxes {

    private Mailboxes() {
    }

    /** One message as delivered: the mail row it was sent for, its Message-ID and subject. */
    record Delivered(String mailId, String messageId, String subject) {
    }

    static List<Delivered> inbox(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "30000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", FaultSystem.IMAP_PORT, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            FetchProfile headers = new FetchProfile();
            headers.add("X-LicenseForge-Mail");
            headers.add("Message-ID");
            headers.add(FetchProfile.Item.ENVELOPE);
            inbox.fetch(messages, headers);
            List<Delivered> delivered = new ArrayList<>();
            for (Message message : messages) {
                delivered.add(new Delivered(first(message, "X-LicenseForge-Mail"), first(message, "Message-ID"),
                        message.getSubject()));
            }
            inbox.close(false);
            return delivered;
        } catch (AuthenticationFailedException e) {
            return List.of();   // nothing was ever delivered to the address, so it has no mailbox yet
        } catch (MessagingException e) {
            throw new IllegalStateException("reading the inbox of " + address + " failed", e);
        }
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null ? null : values[0];
    }
}
