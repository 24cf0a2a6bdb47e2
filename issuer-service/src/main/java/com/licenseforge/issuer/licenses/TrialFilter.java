package com.licenseforge.issuer.licenses;

import java.time.Instant;

/** What a trial list is narrowed to; every given filter applies, ranges are start-inclusive, end-exclusive. */
public record TrialFilter(String productCode, TrialStatus status, Instant startedFrom, Instant startedBefore,
                          Instant endsFrom, Instant endsBefore) {
}
