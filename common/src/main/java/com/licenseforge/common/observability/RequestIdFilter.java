package com.licenseforge.common.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Accepts the caller's {@code X-Request-Id} or generates one, before anything else reads it: the header is
 * replaced by the accepted id, so the audit trail records the same id the logs carry. The id goes into the
 * logging context for every line of the request and back to the caller in the response.
 */
public class RequestIdFilter {

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        String id = RequestIds.acceptOrGenerate(request.getHeaderString(RequestIds.HEADER));
        request.getHeaders().putSingle(RequestIds.HEADER, id);
        RequestIds.use(id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        String id = request.getHeaderString(RequestIds.HEADER);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
