package com.licenseforge.activation.readmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The buying customer; its organizations are the only ones its licenses may be activated into. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    public String name;
}
