package com.licenseforge.client.api;

/** A module's seats on the license and how many distinct users hold them across its machines. */
public record Seats(String module, int seats, int assigned) {
}
