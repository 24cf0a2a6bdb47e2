package com.licenseforge.notification.contacts;

import com.licenseforge.common.events.AccountContactsChanged;
import com.licenseforge.common.events.PoisonEventException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The accounts' contacts: kept from the issuer's lists, read as the recipients of a topic. */
@ApplicationScoped
public class Contacts implements PanacheRepositoryBase<AccountContacts, UUID> {

    private static final Set<String> LANGUAGES = Set.of("en", "de", "zh");

    /** Keeps {@code change} unless a later list is kept already (lists may arrive twice, never out of order per key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(AccountContactsChanged change) {
        if (change.accountId() == null || change.contacts() == null) {
            throw new PoisonEventException("contacts list lacks an account id or its contacts");
        }
        AccountContacts kept = findByIdOptional(change.accountId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (kept == null) {
            kept = new AccountContacts();
            kept.accountId = change.accountId();
            kept.version = -1;
            persist(kept);
        }
        if (change.version() <= kept.version) {
            return;
        }
        kept.version = change.version();
        kept.contacts = List.copyOf(change.contacts());
    }

    /**
     * A trial's prospect, the one contact of the trial's own account (for license mail, in the language chosen at
     * the trial's start; English when none or another was given) until the issuer announces a list for it: any
     * announced list, even an empty one, wins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void prospect(UUID accountId, String email, String language) {
        if (findByIdOptional(accountId, LockModeType.PESSIMISTIC_WRITE).isPresent()) {
            return;
        }
        AccountContacts kept = new AccountContacts();
        kept.accountId = accountId;
        kept.version = 0;
        kept.contacts = List.of(new AccountContactsChanged.Contact(email, null,
                language != null && LANGUAGES.contains(language) ? language : "en", List.of(Topic.LICENSES.name())));
        persist(kept);
    }

    /** Reads the contacts of {@code accountIds} at once: {@link #recipients} then finds them without a query each. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void load(Collection<UUID> accountIds) {
        if (accountIds.size() > 1) {
            list("accountId in ?1", accountIds);
        }
    }

    /** Who receives mail on {@code topic} about the account's licenses; a contact of an unknown language reads English. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recipient> recipients(UUID accountId, Topic topic) {
        return findByIdOptional(accountId).map(kept -> kept.contacts).orElse(List.of()).stream()
                .filter(contact -> contact.topics() != null && contact.topics().contains(topic.name()))
                .map(contact -> new Recipient(contact.email(), contact.name(),
                        LANGUAGES.contains(contact.language()) ? contact.language() : "en"))
                .toList();
    }
}
