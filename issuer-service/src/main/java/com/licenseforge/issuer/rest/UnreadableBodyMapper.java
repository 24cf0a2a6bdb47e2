package com.licenseforge.issuer.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.licenseforge.common.problem.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST wraps a body that is not JSON at all (a syntax error, nesting too deep) in a bare 400
 * {@link WebApplicationException}; this unwraps it so the problem names the body like any other bad input.
 * Every other {@link WebApplicationException} is answered as the shared mappers answer it.
 */
public class UnreadableBodyMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unreadable(WebApplicationException e) {
        return e.getCause() instanceof JsonProcessingException cause ? problems.malformed(cause) : problems.web(e);
    }
}
