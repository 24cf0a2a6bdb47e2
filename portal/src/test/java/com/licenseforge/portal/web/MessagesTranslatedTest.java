package com.licenseforge.portal.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every page fully translated: each language says every message of the bundle, and nothing the bundle lacks. */
class MessagesTranslatedTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "zh"})
    void everyMessageIsTranslated(String language) throws IOException {
        Set<String> keys = Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties translated = new Properties();
        try (InputStream file = getClass().getResourceAsStream("/messages/msg_" + language + ".properties")) {
            translated.load(new InputStreamReader(file, StandardCharsets.UTF_8));
        }
        assertEquals(keys, new TreeSet<>(translated.stringPropertyNames()));
        translated.forEach((key, text) -> assertFalse(text.toString().isBlank(), key + " is empty in " + language));
    }
}
