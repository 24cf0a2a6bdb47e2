package com.licenseforge.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * PostgreSQL cannot store the NUL character in text or jsonb, so a JSON string holding one, as a value or as
 * a map key, is refused while it is read: the caller gets {@code VALIDATION_FAILED} naming the field instead
 * of a failed insert.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    private static final String NO_NUL = "text must not contain the NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text")
                .addDeserializer(String.class, new NoNulStrings())
                .addKeyDeserializer(String.class, new NoNulKeys()));
    }

    public static boolean isStorable(String value) {
        return value == null || value.indexOf('\u0000') < 0;
    }

    static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!isStorable(value)) {
                throw InvalidFormatException.from(parser, NO_NUL, value, String.class);
            }
            return value;
        }
    }

    static final class NoNulKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (!isStorable(key)) {
                throw InvalidFormatException.from(context.getParser(), NO_NUL, key, String.class);
            }
            return key;
        }
    }
}
