package com.licenseforge.common.http;

import com.licenseforge.common.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The page a caller asked of a list endpoint, read from the request's query after checking that it names only
 * the endpoint's filters, each once: an unknown or repeated parameter is refused rather than ignored, so a typo
 * never returns an unfiltered list. {@link #respond} keeps the JSON array body and adds the total
 * ({@code X-Total-Count}) and the neighbouring pages ({@code Link}). Made by {@link ListQueries}.
 */
public final class ListQuery {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int MAX_PAGE = QueryParameters.MAX_PAGE;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final String TOTAL_COUNT = "X-Total-Count";
    /** Longest search text: a name or reference prefix, never a document. */
    public static final int MAX_SEARCH = 100;

    private final UriInfo uri;
    private final PublicLocation location;
    private final int page;
    private final int size;

    ListQuery(UriInfo uri, PublicLocation location, Set<String> filters) {
        MultivaluedMap<String, String> given = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : given.entrySet()) {
            String name = parameter.getKey();
            if (!filters.contains(name) && !PAGE.equals(name) && !SIZE.equals(name)) {
                Set<String> known = new TreeSet<>(filters);
                known.add(PAGE);
                known.add(SIZE);
                throw ProblemException.validation(name, "is not a parameter of this list (known: "
                        + String.join(", ", known) + ")");
            }
            if (parameter.getValue().size() > 1) {
                throw ProblemException.validation(name, "must be given at most once");
            }
        }
        this.uri = uri;
        this.location = location;
        this.page = QueryParameters.integer(PAGE, given.getFirst(PAGE), 0, 0, MAX_PAGE);
        this.size = QueryParameters.integer(SIZE, given.getFirst(SIZE), DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /**
     * Search text as a case-insensitive {@code LIKE} prefix pattern (escape character {@code \}), so {@code %} and
     * {@code _} match themselves; null when absent. 1 to {@value #MAX_SEARCH} printable characters.
     */
    public static String prefixPattern(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw ProblemException.validation(name, "must not be blank");
        }
        String text = QueryParameters.text(name, value, MAX_SEARCH).strip().toLowerCase(Locale.ROOT);
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** This page of the list with its total and the links to its neighbours. */
    public <T> RestResponse<List<T>> respond(ResultPage<T> found) {
        long total = found.total();
        RestResponse.ResponseBuilder<List<T>> response = RestResponse.ResponseBuilder.ok(found.items())
                .header(TOTAL_COUNT, total);
        List<String> links = new ArrayList<>();
        if ((long) (page + 1) * size < total && page < MAX_PAGE) {
            links.add(link(page + 1, "next"));
        }
        if (page > 0) {
            links.add(link(page - 1, "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    /** Like {@code Location}: the configured public base, else path and query alone, never the request's Host. */
    private String link(int target, String rel) {
        URI next = uri.getRequestUriBuilder().replaceQueryParam(PAGE).replaceQueryParam(SIZE)
                .queryParam(PAGE, target).queryParam(SIZE, size).build();
        String pathAndQuery = next.getRawPath() + "?" + next.getRawQuery();
        return "<" + location.of(pathAndQuery) + ">; rel=\"" + rel + "\"";
    }
}
