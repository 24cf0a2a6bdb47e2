package com.licenseforge.notification.contacts;

import com.licenseforge.common.events.AccountContactsChanged;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An account's contacts as the issuer last announced them. */
@Entity
@Table(name = "account_contacts")
public class AccountContacts {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AccountContactsChanged.Contact> contacts = new ArrayList<>();
}
