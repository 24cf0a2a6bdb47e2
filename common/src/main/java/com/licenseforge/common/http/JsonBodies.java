package com.licenseforge.common.http;

import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operation that reads a JSON body takes only a JSON body: any other or a missing Content-Type answers 415
 * {@code UNSUPPORTED_MEDIA_TYPE}, so form posts and text never reach the JSON reader by accident. Operations
 * that declare another media type are left to their own {@code @Consumes}.
 */
public class JsonBodies {

    private final Map<Method, Boolean> readsJson = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !readsJson.computeIfAbsent(method, m -> readsJson(m, resource.getResourceClass()))) {
            return;
        }
        String type = request.getHeaderString("Content-Type");
        boolean noBody = request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null;
        if (type == null && noBody) {
            return; // nothing sent: the operation says whether it needs a body
        }
        if (!isJson(type)) {
            throw new ProblemException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "the body must be sent as Content-Type: application/json");
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "application".equalsIgnoreCase(type.getType()) && ("json".equalsIgnoreCase(type.getSubtype())
                    || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean readsJson(Method method, Class<?> resourceClass) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resourceClass == null ? null : resourceClass.getAnnotation(Consumes.class);
        boolean json = consumes == null || Arrays.stream(consumes.value()).anyMatch(JsonBodies::isJson);
        return json && Arrays.stream(method.getParameters()).anyMatch(JsonBodies::isBody);
    }

    /** The entity parameter: the one bound by no request annotation and not a framework context type. */
    private static boolean isBody(Parameter parameter) {
        String type = parameter.getType().getPackageName();
        if (type.startsWith("jakarta.ws.rs") || type.startsWith("io.vertx") || type.startsWith("org.jboss.resteasy")) {
            return false;
        }
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getPackageName();
            if (name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy")) {
                return false;
            }
        }
        return true;
    }
}
