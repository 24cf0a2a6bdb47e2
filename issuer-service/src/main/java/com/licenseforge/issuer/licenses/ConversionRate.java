package com.licenseforge.issuer.licenses;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Of a product's trials started in a period, how many became paid licenses (so far). */
public record ConversionRate(
        String productCode,
        long started,
        long converted,
        @Schema(description = "converted / started, from 0 to 1, rounded to 4 places") double rate) {

    static ConversionRate of(String productCode, long started, long converted) {
        return new ConversionRate(productCode, started, converted,
                started == 0 ? 0 : Math.round(converted * 10_000.0 / started) / 10_000.0);
    }
}
