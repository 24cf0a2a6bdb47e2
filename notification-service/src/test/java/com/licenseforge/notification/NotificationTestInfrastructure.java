package com.licenseforge.notification;

import com.licenseforge.common.testing.ServiceInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every notification test runs on the real PostgreSQL (database notification_test), the real Kafka broker and a
 * real mail server (GreenMail, SMTP and IMAP, in the test JVM).
 */
@QuarkusTestResource(value = ServiceInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "notification_test"))
@QuarkusTestResource(MailServer.class)
public class NotificationTestInfrastructure {
}
