package com.licenseforge.issuer.idempotency;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every {@link Idempotent} method returns what a replay can reproduce: a Response or a RestResponse. */
class IdempotentMethodsTest {

    @Test
    void everyIdempotentMethodReturnsAResponse() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> idempotent = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : compiledClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Idempotent.class)) {
                    idempotent.add(type.getSimpleName() + "." + method.getName());
                    if (!Response.class.isAssignableFrom(method.getReturnType())
                            && !RestResponse.class.isAssignableFrom(method.getReturnType())) {
                        wrong.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertFalse(idempotent.isEmpty(), "no @Idempotent method found: the scan looks in the wrong place");
        assertEquals(List.of(), wrong);
    }

    /** The classes compiled from src/main of this module, beside this package's {@link Idempotent}. */
    private static List<Class<?>> compiledClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Idempotent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        IdempotentMethodsTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
