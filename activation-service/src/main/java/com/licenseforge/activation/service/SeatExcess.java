package com.licenseforge.activation.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.ToIntFunction;

/**
 * A module whose seats more distinct users hold than the license grants, naming them all: activations and
 * validations refuse with {@code EXCESS_SEAT_ASSIGNMENTS} while any exists, until the customer removes
 * {@code assigned - seats} of these users. One rule for those refusals and for staff previews of a seat change.
 */
public record SeatExcess(String module, int seats, int assigned, List<String> users) {

    /** The modules in excess among {@code usersByModule} (module → distinct holders) under {@code seats}. */
    public static List<SeatExcess> of(Map<String, SortedSet<String>> usersByModule, ToIntFunction<String> seats) {
        List<SeatExcess> excess = new ArrayList<>();
        for (Map.Entry<String, SortedSet<String>> module : usersByModule.entrySet()) {
            int granted = seats.applyAsInt(module.getKey());
            if (module.getValue().size() > granted) {
                excess.add(new SeatExcess(module.getKey(), granted, module.getValue().size(), List.copyOf(module.getValue())));
            }
        }
        return excess;
    }

    /** As the {@code excess} member of the refusal lists it. */
    Map<String, Object> asProblemEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("module", module);
        entry.put("seats", seats);
        entry.put("assigned", assigned);
        entry.put("users", users);
        return entry;
    }
}
