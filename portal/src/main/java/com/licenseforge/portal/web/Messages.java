package com.licenseforge.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the portal shows, in English; {@code messages/msg_de.properties} and {@code msg_zh.properties} say them
 * in German and Chinese (a test checks that they say all of them). Templates use them as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    // layout
    @Message("LicenseForge customer portal")
    String appName();

    @Message("Skip to content")
    String skipToContent();

    @Message("Main")
    String navMain();

    @Message("Licenses")
    String navLicenses();

    @Message("Mails")
    String navMails();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Sign out")
    String signOut();

    @Message("Language")
    String language();

    // sign-in
    @Message("Sign in")
    String signinTitle();

    @Message("Sign in with your e-mail address")
    String signinLinkHeading();

    @Message("We send a sign-in link to the address if it belongs to a contact of your account. The link works once, for 15 minutes, in this browser only.")
    String signinLinkExplain();

    @Message("E-mail address")
    String emailLabel();

    @Message("Send the sign-in link")
    String sendLink();

    @Message("Enter a valid e-mail address.")
    String emailInvalid();

    @Message("Sign in with a serial number and CD key")
    String signinSerialHeading();

    @Message("You see the license of this serial number only.")
    String signinSerialExplain();

    @Message("Serial number")
    String serialLabel();

    @Message("CD key")
    String cdKeyLabel();

    @Message("Sign in")
    String signinButton();

    @Message("The serial number or the CD key is wrong.")
    String credentialsWrong();

    @Message("Too many attempts. Try again in {minutes} minutes.")
    String tooManyAttempts(long minutes);

    @Message("Check your mail")
    String linkSentTitle();

    @Message("If this address belongs to an account, a link is on its way. It works once, for 15 minutes, in this browser.")
    String linkSent();

    @Message("Request another link")
    String requestAnotherLink();

    @Message("Finish signing in")
    String linkTitle();

    @Message("Press the button to sign in to the customer portal.")
    String linkExplain();

    @Message("This sign-in link does not work")
    String linkInvalidTitle();

    @Message("The link has expired, was already used, or was requested in another browser. Request a new one in the browser you want to sign in with.")
    String linkInvalid();

    @Message("Signed out")
    String signedOutTitle();

    @Message("You are signed out.")
    String signedOut();

    @Message("Sign in again")
    String signInAgain();

    // licenses
    @Message("Your licenses")
    String licensesTitle();

    @Message("No licenses.")
    String licensesNone();

    @Message("Serial number")
    String colSerial();

    @Message("Product")
    String colProduct();

    @Message("Status")
    String colStatus();

    @Message("Valid from")
    String colStarts();

    @Message("Expires")
    String colExpires();

    @Message("Maintenance until")
    String colMaintenance();

    @Message("Modules and seats")
    String colModules();

    @Message("Machines activated")
    String colActivations();

    @Message("Billing")
    String colBilling();

    @Message("does not expire")
    String noExpiry();

    @Message("{module}: {seats} seats")
    String moduleSeats(String module, Integer seats);

    @Message("{used} of {max}")
    String activationsOf(int used, Integer max);

    @Message("{#when status}{#is 'ACTIVE'}Active{#is 'PAST_DUE'}Payment overdue{#is 'SUSPENDED'}Suspended{#is 'REVOKED'}Revoked{#is 'EXPIRED'}Expired{#else}{status}{/when}")
    String status(String status);

    @Message("In good standing")
    String billingGood();

    @Message("Payment overdue: service continues until {until}")
    String billingPastDue(String until);

    @Message("Suspended for non-payment")
    String billingSuspended();

    @Message("No billing information")
    String billingUnknown();

    // one license
    @Message("License {serial}")
    String licenseTitle(String serial);

    @Message("Machines")
    String machinesHeading();

    @Message("No machine is activated.")
    String machinesNone();

    @Message("Host name")
    String colHostname();

    @Message("Organization")
    String colOrganization();

    @Message("Version")
    String colVersion();

    @Message("Last seen")
    String colLastSeen();

    @Message("Lease ends")
    String colLeaseEnd();

    @Message("Seats in use")
    String colSeats();

    @Message("Actions")
    String colActions();

    @Message("Free this machine")
    String freeMachine();

    @Message("Unassign")
    String unassign();

    @Message("Unassign {user} from {module} on {host}")
    String unassignNamed(String user, String module, String host);

    @Message("Machines freed here in the last 30 days: {used} of {limit}.")
    String selfServiceUsage(int used, int limit);

    @Message("The next machine can be freed on {at}.")
    String selfServiceNext(String at);

    @Message("Download the license file")
    String downloadFile();

    @Message("Offline activation")
    String offlineLink();

    @Message("The machine was freed; its activation is available again.")
    String doneFreed();

    @Message("The seat was unassigned.")
    String doneUnassigned();

    @Message("Back to the license")
    String backToLicense();

    // freeing a machine
    @Message("Free a machine")
    String freeTitle();

    @Message("Free the machine {host}?")
    String freeQuestion(String host);

    @Message("The software on it stops being licensed, and its activation becomes available for another machine.")
    String freeConsequence();

    @Message("Cancel")
    String cancel();

    @Message("Limit reached")
    String limitTitle();

    @Message("Machines of this license can be freed here {limit} times in 30 days. The next one can be freed on {next}.")
    String limitReached(int limit, String next);

    @Message("If you need it sooner, contact our support:")
    String limitSupport();

    // offline activation
    @Message("Offline activation")
    String offlineTitle();

    @Message("For a machine without internet access: upload the request file the software wrote, then give the software the response file you download.")
    String offlineExplain();

    @Message("Request file")
    String requestFileLabel();

    @Message("Get the response file")
    String offlineSubmit();

    @Message("Choose a request file of at most 64 KB.")
    String offlineRequestMissing();

    @Message("The request file was refused: {reason}")
    String offlineRefused(String reason);

    // mails
    @Message("Mails sent to you")
    String mailsTitle();

    @Message("No mails.")
    String mailsNone();

    @Message("Sent")
    String colSent();

    @Message("Recipient")
    String colRecipient();

    @Message("Subject")
    String colSubject();

    @Message("{#when status}{#is 'SENT'}Sent{#is 'PENDING'}Waiting to be sent{#is 'FAILED'}Not delivered{#else}{status}{/when}")
    String mailStatus(String status);

    @Message("Pages")
    String pagination();

    @Message("Previous page")
    String pagePrevious();

    @Message("Next page")
    String pageNext();

    // errors
    @Message("Not done")
    String errorTitle();

    @Message("Not found")
    String notFoundTitle();

    @Message("This page does not exist, or it is not part of your account.")
    String errorNotFound();

    @Message("Temporarily unavailable")
    String unavailableTitle();

    @Message("The service is temporarily unavailable. Nothing was lost; try again in a few minutes.")
    String errorUnavailable();

    @Message("The form expired. Go back, reload the page and send it again.")
    String errorFormExpired();

    @Message("Your session ended. Sign in again.")
    String errorSessionEnded();

    @Message("The request was refused.")
    String errorRefused();

    @Message("Reference: {code}")
    String errorCode(String code);

    @Message("Something went wrong on our side. Try again in a few minutes.")
    String errorUnexpected();

    @Message("To your licenses")
    String home();
}
