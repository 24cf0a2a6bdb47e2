package com.licenseforge.console.web;

import com.licenseforge.console.api.IssuerApi;
import com.licenseforge.console.api.Listing;
import com.licenseforge.console.api.Query;
import io.quarkus.qute.TemplateData;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales home's trial widgets: trials started and ending this week (Monday to Monday, UTC), and each product's
 * trial-to-paid conversion over the last 30 and 90 days.
 */
@TemplateData
public record TrialsThisWeek(Listing<IssuerApi.Trial> started, Listing<IssuerApi.Trial> ending, List<Conversion> conversions) {

    static final int SHOWN = 25;

    /** A product's conversion in both periods; a product with trials only in the longer one has none in the shorter. */
    @TemplateData
    public record Conversion(String productCode, IssuerApi.ConversionRate last30, IssuerApi.ConversionRate last90) {
    }

    static TrialsThisWeek of(IssuerApi issuer, LocalDate today) {
        Instant monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextMonday = monday.plusSeconds(7 * 24 * 3600);
        Listing<IssuerApi.Trial> started = issuer.trials(Query.page(0, SHOWN).with("startedFrom", monday)
                .with("startedBefore", nextMonday).with("sort", "-startedAt"));
        Listing<IssuerApi.Trial> ending = issuer.trials(Query.page(0, SHOWN).with("endsFrom", monday)
                .with("endsBefore", nextMonday).with("sort", "endsAt"));
        Map<String, IssuerApi.ConversionRate> last30 = new LinkedHashMap<>();
        issuer.conversionRates(30).forEach(rate -> last30.put(rate.productCode(), rate));
        List<Conversion> conversions = issuer.conversionRates(90).stream()
                .map(rate -> new Conversion(rate.productCode(), last30.getOrDefault(rate.productCode(),
                        new IssuerApi.ConversionRate(rate.productCode(), 0, 0, 0)), rate))
                .toList();
        return new TrialsThisWeek(started, ending, conversions);
    }
}
