package com.licenseforge.activation.seats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A module whose seats more distinct users hold than the license grants, naming them all: activations and
 * validations refuse with {@code EXCESS_SEAT_ASSIGNMENTS} while any exists, until the customer removes
 * {@code assigned - seats} of these users. One rule for those refusals and for staff previews of a seat change.
 */
public record SeatExcess(String module, int seats, int assigned, List<String> users) {

    /**
     * The modules in excess among {@code assignedByModule} (module → how many distinct users hold its seats) under
     * {@code seats}; the holders are read, by {@code holders}, only for a module in excess.
     */
    public static List<SeatExcess> of(Map<String, Integer> assignedByModule, ToIntFunction<String> seats,
                                      Function<String, SortedSet<String>> holders) {
        List<SeatExcess> excess = new ArrayList<>();
        assignedByModule.forEach((module, assigned) -> {
            int granted = seats.applyAsInt(module);
            if (assigned > granted) {
                excess.add(new SeatExcess(module, granted, assigned, List.copyOf(holders.apply(module))));
            }
        });
        return excess;
    }

    /** As the {@code excess} member of the refusal lists it. */
    public Map<String, Object> asProblemEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("module", module);
        entry.put("seats", seats);
        entry.put("assigned", assigned);
        entry.put("users", users);
        return entry;
    }
}
