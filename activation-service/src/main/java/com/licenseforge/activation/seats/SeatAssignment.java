package com.licenseforge.activation.seats;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A user holding a seat of a module on an activated machine. */
@Entity
@Table(name = "seat_assignment")
public class SeatAssignment {

    @Id
    public UUID id;

    @Column(name = "activation_id")
    public UUID activationId;

    @Column(name = "license_id")
    public UUID licenseId;

    public String module;

    @Column(name = "user_name")
    public String userName;

    public static SeatAssignment of(UUID activationId, UUID licenseId, String module, String userName) {
        SeatAssignment seat = new SeatAssignment();
        seat.id = UUID.randomUUID();
        seat.activationId = activationId;
        seat.licenseId = licenseId;
        seat.module = module;
        seat.userName = userName;
        return seat;
    }
}
