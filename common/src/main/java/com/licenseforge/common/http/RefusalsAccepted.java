package com.licenseforge.common.http;

import com.licenseforge.common.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Locale;

/**
 * A caller that accepts problems accepts the operation's answer too. Generated clients send as {@code Accept} the
 * JSON type among everything an operation declares; for an operation answering {@code text/plain} (the license file,
 * the license token, an offline activation) that is {@code application/problem+json}, the type of its refusals,
 * and content negotiation alone would refuse the call with 406. Such an {@code Accept} also admits any other type
 * at the lowest preference, so the operation answers what it has (RFC 9110 12.5.1 lets a server disregard
 * {@code Accept} rather than answer 406); where the caller named a type the operation offers, that one still wins.
 */
public class RefusalsAccepted {

    private static final String ANYTHING_ELSE = "*/*;q=0.001";

    @ServerRequestFilter(preMatching = true)
    public void admitTheAnswer(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(Problem.MEDIA_TYPE))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", accept) + ", " + ANYTHING_ELSE);
        }
    }
}
