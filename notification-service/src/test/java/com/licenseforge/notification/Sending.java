package com.licenseforge.notification;

import com.licenseforge.notification.mail.MailSender;

import java.time.Duration;

/**
 * Sends what is due as the scheduled sender would over a few minutes: a send that waited out its timeout (the mail
 * server was slow to answer) is retried after its first wait, so the tests see every mail arrive, and a mail sent
 * twice would show as a second message in the inbox.
 */
public final class Sending {

    private Sending() {
    }

    public static void all(MailSender sender, TestClock clock) {
        sender.sendDue();
        for (int round = 0; round < 3; round++) {
            clock.advance(Duration.ofMinutes(2));
            sender.sendDue();
        }
    }
}
