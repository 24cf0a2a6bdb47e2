package com.licenseforge.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The instants every service accepts, wherever they enter (REST bodies, webhooks, events, query parameters):
 * 1970 to 9999. Java reads years up to a billion, PostgreSQL stores far fewer and tokens carry seconds, so a
 * date outside is refused as input instead of failing later in one service and not in another.
 */
@Singleton
public class StorableInstant implements ObjectMapperCustomizer {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final String RANGE = "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-instant").addDeserializer(Instant.class, new InRange()));
    }

    public static boolean isStorable(Instant value) {
        return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
    }

    static final class InRange extends StdScalarDeserializer<Instant> {

        InRange() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                // numbers are no instants here: every service writes ISO-8601, and 1e300 would read as 1970
                throw InvalidFormatException.from(parser, "must be an ISO-8601 UTC instant such as 2026-01-31T00:00:00Z",
                        parser.getText(), Instant.class);
            }
            Instant value;
            try {
                value = InstantDeserializer.INSTANT.deserialize(parser, context);
            } catch (DateTimeException | ArithmeticException e) {
                throw InvalidFormatException.from(parser, RANGE, parser.getText(), Instant.class);
            }
            if (!isStorable(value)) {
                throw InvalidFormatException.from(parser, RANGE, parser.getText(), Instant.class);
            }
            return value;
        }
    }
}
