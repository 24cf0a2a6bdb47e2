package com.licenseforge.notification.mail;

public enum MailStatus {
    PENDING, SENT, FAILED
}
