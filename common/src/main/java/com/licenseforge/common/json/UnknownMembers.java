package com.licenseforge.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where unknown members are refused, names all of them, not only the first: the rest of the object is read on to
 * find the others. Readers that skip unknown members ({@link StrictJson#tolerant}) are left to do so.
 */
public final class UnknownMembers extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                         JsonDeserializer<?> deserializer, Object beanOrClass, String name)
            throws IOException {
        if (!context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            return false;
        }
        Collection<Object> known = deserializer.getKnownPropertyNames();
        List<String> unknown = new ArrayList<>(List.of(name));
        parser.skipChildren();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String member = parser.currentName();
            if ((known == null || !known.contains(member)) && !unknown.contains(member)) {
                unknown.add(member);
            }
            parser.nextToken();
            parser.skipChildren();
        }
        Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
        throw new Refused(parser, type, unknown, known);
    }

    /** The members of one object its type does not have, in the order they were sent. */
    public static final class Refused extends UnrecognizedPropertyException {

        private final List<String> members;

        Refused(JsonParser parser, Class<?> type, List<String> members, Collection<Object> known) {
            super(parser, "unknown members " + members + " of " + type.getSimpleName(), parser.currentLocation(),
                    type, members.get(0), known);
            this.members = List.copyOf(members);
        }

        public List<String> members() {
            return members;
        }
    }
}
