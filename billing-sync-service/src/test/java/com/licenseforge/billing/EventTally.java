package com.licenseforge.billing;

import com.licenseforge.common.testing.EventProbe;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Counts what was really published per license and event type. Events of one license are ordered (key =
 * license id), so once a license's {@code marker} event arrived, everything published before it has been
 * counted too: a duplicate would show as a count of two.
 */
public final class EventTally {

    private EventTally() {
    }

    /** Reads {@code probe} (not awaited on before) until each of {@code licenses} showed {@code marker}. */
    public static Map<UUID, Map<String, Integer>> until(EventProbe probe, Set<UUID> licenses, String marker) {
        Map<UUID, Map<String, Integer>> counts = new HashMap<>();
        Set<UUID> marked = new HashSet<>();
        probe.await(event -> {
            String licenseId = event.path("licenseId").asText("");
            UUID id = licenses.stream().filter(l -> l.toString().equals(licenseId)).findFirst().orElse(null);
            if (id != null) {
                String type = event.path("type").asText();
                counts.computeIfAbsent(id, key -> new HashMap<>()).merge(type, 1, Integer::sum);
                if (marker.equals(type)) {
                    marked.add(id);
                }
            }
            return marked.size() == licenses.size();
        }, Duration.ofSeconds(60));
        return counts;
    }
}
