package com.licenseforge.activation.trials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One trial start from a client address, started or refused: what the trial throttle counts. */
@Entity
@Table(name = "trial_attempt")
public class TrialAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "attempted_at")
    public Instant attemptedAt;
}
