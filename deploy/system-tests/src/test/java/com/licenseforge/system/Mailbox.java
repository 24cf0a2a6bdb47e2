package com.licenseforge.system;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The texts of the mails that reached an address on the local mail server, read over IMAP (address = login = password). */
final class Mailbox {

    private Mailbox() {
    }

    static List<String> texts(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "30000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect("127.0.0.1", LocalSystem.IMAP_PORT, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> texts = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                texts.add(message.getSubject() + "\n" + text(message));
            }
            inbox.close(false);
            return texts;
        } catch (AuthenticationFailedException e) {
            return List.of();   // nothing was delivered to the address yet, so it has no mailbox
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("reading the inbox of " + address + " failed", e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                text.append(text(body)).append('\n');
            }
        }
        return text.toString();
    }
}
