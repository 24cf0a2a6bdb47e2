package com.licenseforge.issuer.customers;

import com.licenseforge.common.events.AccountContactsChanged;
import com.licenseforge.common.events.AccountRegistered;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.OrganizationRegistered;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accounts (the buying customer) and their organizations. */
@ApplicationScoped
@Transactional
public class CustomerService {

    private final AccountRepository accounts;
    private final OrganizationRepository organizations;
    private final LicenseEvents events;
    private final AuditTrail audit;

    public CustomerService(AccountRepository accounts, OrganizationRepository organizations, LicenseEvents events,
                           AuditTrail audit) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.events = events;
        this.audit = audit;
    }

    public Account register(String name, String externalRef, Actor actor) {
        if (accounts.externalRefTaken(externalRef)) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.ACCOUNT_EXISTS,
                    "an account with externalRef " + externalRef + " already exists");
        }
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.name = name;
        account.externalRef = externalRef;
        account.createdAt = Instant.now();
        accounts.persist(account);
        events.fact(EventTypes.ACCOUNT_REGISTERED, account.id.toString(), actor.name(),
                new AccountRegistered(account.id, name, externalRef));
        audit.record(actor, "register account", AuditTarget.of("account", account.id.toString()), null,
                Map.of("name", name), null);
        return account;
    }

    public Organization addOrganization(UUID accountId, String name, String taxId, Actor actor) {
        accounts.findByIdOptional(accountId).orElseThrow(() -> ProblemException.notFound("account", accountId));
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.accountId = accountId;
        organization.name = name;
        organization.taxId = taxId;
        organization.createdAt = Instant.now();
        organizations.persist(organization);
        events.fact(EventTypes.ORGANIZATION_REGISTERED, organization.id.toString(), actor.name(),
                new OrganizationRegistered(organization.id, accountId, name, taxId));
        audit.record(actor, "add organization", AuditTarget.of("organization", organization.id.toString()), null,
                Map.of("accountId", accountId.toString(), "name", name), null);
        return organization;
    }

    /**
     * The account and organization of a trial, both named after the organization the prospect gave, under the ids
     * activation-service chose when it started the trial (it activated into them before the issuer knew them).
     */
    public Organization registerTrialCustomer(UUID accountId, UUID organizationId, String name, Actor actor) {
        Account account = new Account();
        account.id = accountId;
        account.name = name;
        account.createdAt = Instant.now();
        accounts.persist(account);
        events.fact(EventTypes.ACCOUNT_REGISTERED, account.id.toString(), actor.name(),
                new AccountRegistered(account.id, name, null));
        audit.record(actor, "register trial account", AuditTarget.of("account", account.id.toString()), null,
                Map.of("name", name), null);
        Organization organization = new Organization();
        organization.id = organizationId;
        organization.accountId = accountId;
        organization.name = name;
        organization.createdAt = account.createdAt;
        organizations.persist(organization);
        events.fact(EventTypes.ORGANIZATION_REGISTERED, organization.id.toString(), actor.name(),
                new OrganizationRegistered(organization.id, accountId, name, null));
        return organization;
    }

    /**
     * Replaces the account's contacts with {@code contacts} (an address at most once, in any case), audited and
     * announced with a version that orders the lists for the notification service.
     */
    public Account replaceContacts(UUID accountId, List<Contact> contacts, Actor actor) {
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            if (!addresses.add(contacts.get(i).email().toLowerCase(Locale.ROOT))) {
                throw ProblemException.validation("[" + i + "].email", "names an address listed before");
            }
        }
        Account account = accounts.lockById(accountId).orElseThrow(() -> ProblemException.notFound("account", accountId));
        List<Contact> before = account.contacts;
        account.contacts = List.copyOf(contacts);
        account.contactsVersion++;
        events.fact(EventTypes.ACCOUNT_CONTACTS_CHANGED, accountId.toString(), actor.name(),
                new AccountContactsChanged(accountId, account.contactsVersion, contacts.stream()
                        .map(c -> new AccountContactsChanged.Contact(c.email(), c.name(), c.language(),
                                c.topics().stream().map(Enum::name).distinct().toList()))
                        .toList()));
        audit.record(actor, "replace contacts", AuditTarget.of("account", accountId.toString()),
                Map.of("contacts", before), Map.of("contacts", account.contacts), null);
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(UUID accountId) {
        return accounts.findByIdOptional(accountId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> organizationsOf(UUID accountId) {
        return organizations.ofAccount(accountId);
    }
}
