package com.licenseforge.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a delivered message: its plain text, its HTML and its attachments by file name. */
public record Messages(String subject, String text, String html, Map<String, String> attachments) {

    public static Messages read(Message message) {
        try {
            Messages read = new Messages(message.getSubject(), "", "", new LinkedHashMap<>());
            return read.collect(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("message not readable", e);
        }
    }

    private Messages collect(Part part) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            Messages read = this;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                read = read.collect(child);
            }
            return read;
        }
        String content = part.getContent() instanceof String text ? text : readAll(part.getInputStream());
        if (part.getFileName() != null) {
            attachments.put(part.getFileName(), content);
            return this;
        }
        if (part.isMimeType("text/html")) {
            return new Messages(subject, text, content, attachments);
        }
        return new Messages(subject, content, html, attachments);
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
