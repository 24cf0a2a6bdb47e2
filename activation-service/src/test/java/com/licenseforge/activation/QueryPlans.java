package com.licenseforge.activation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a statement of the service under a forced plan (the generic plan a prepared statement settles on after five
 * runs, or a plan for the values at hand) with EXPLAIN ANALYZE, and tells the most rows any step of the plan visited.
 */
public final class QueryPlans {

    /** How a test binds the statement's parameters, each name once, in the order they first appear. */
    public interface Binder {
        void bind(PreparedStatement execute) throws SQLException;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?|(?<!:):([a-z]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryPlans() {
    }

    /** The most rows one step of {@code sql}'s plan in {@code mode} (force_generic_plan, force_custom_plan) visited. */
    public static long mostRowsVisited(Connection connection, String sql, String mode, Binder binder)
            throws SQLException, IOException {
        return mostRowsVisited(executed(connection, sql, mode, binder));
    }

    /**
     * {@code sql}'s plan in {@code mode} as EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) tells it after running it: the
     * top step, with the buffers it and every step below read.
     */
    public static JsonNode executed(Connection connection, String sql, String mode, Binder binder)
            throws SQLException, IOException {
        List<String> names = new ArrayList<>();
        List<Integer> firstPositions = new ArrayList<>();
        StringBuilder numbered = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(sql);
        for (int position = 0; parameter.find(); position++) {
            String name = parameter.group(1) == null ? "?" + position : parameter.group(1);
            if (!names.contains(name)) {
                names.add(name);
                firstPositions.add(position);
            }
            parameter.appendReplacement(numbered, "\\$" + (names.indexOf(name) + 1));
        }
        parameter.appendTail(numbered);
        List<String> types = new ArrayList<>();
        try (PreparedStatement described = connection.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
            ParameterMetaData parameters = described.getParameterMetaData();
            for (int i = 1; i <= parameters.getParameterCount(); i++) {
                types.add(parameters.getParameterTypeName(i));
            }
        }
        try (Statement session = connection.createStatement()) {
            session.execute("set plan_cache_mode = " + mode);
            // the types the server inferred, first occurrence of each name (PREPARE infers none through JDBC)
            session.execute("prepare bounded(" + String.join(", ", firstPositions.stream().map(types::get).toList())
                    + ") as " + numbered);
            try (ResultSet plan = session.executeQuery("explain (analyze, buffers, format json) execute bounded("
                    + String.join(", ", literals(connection, names.size(), binder)) + ")")) {
                plan.next();
                return JSON.readTree(plan.getString(1)).get(0).get("Plan");
            }
        } finally {
            try (Statement session = connection.createStatement()) {
                session.execute("deallocate all");
                session.execute("reset plan_cache_mode");
            }
        }
    }

    /** The bound values as SQL literals: EXPLAIN EXECUTE takes its arguments in its text, not as parameters. */
    private static List<String> literals(Connection connection, int count, Binder binder) throws SQLException {
        try (PreparedStatement quote = connection.prepareStatement("select "
                + String.join(", ", Collections.nCopies(count, "quote_nullable(cast(? as text))")))) {
            binder.bind(quote);
            try (ResultSet quoted = quote.executeQuery()) {
                quoted.next();
                List<String> literals = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    literals.add(quoted.getString(i));
                }
                return literals;
            }
        }
    }

    /** The shared buffers (pages) the plan read, found in memory or not: what its steps cost however many rows. */
    public static long buffersRead(JsonNode plan) {
        return plan.path("Shared Hit Blocks").asLong() + plan.path("Shared Read Blocks").asLong();
    }

    /** How the plan's steps read tables: the index each index scan used, "seq scan on T" for a table read whole. */
    public static List<String> accessPaths(JsonNode step) {
        List<String> paths = new ArrayList<>();
        if (step.has("Index Name")) {
            paths.add(step.path("Index Name").asText());
        } else if ("Seq Scan".equals(step.path("Node Type").asText())) {
            paths.add("seq scan on " + step.path("Relation Name").asText());
        }
        for (JsonNode below : step.path("Plans")) {
            paths.addAll(accessPaths(below));
        }
        return paths;
    }

    /** Rows a step returned and rows it read and dropped, over all its loops; the most of this step and those below. */
    private static long mostRowsVisited(JsonNode step) {
        long visited = (step.path("Actual Rows").asLong() + step.path("Rows Removed by Filter").asLong()
                + step.path("Rows Removed by Index Recheck").asLong() + step.path("Rows Removed by Join Filter").asLong())
                * Math.max(1, step.path("Actual Loops").asLong());
        for (JsonNode below : step.path("Plans")) {
            visited = Math.max(visited, mostRowsVisited(below));
        }
        return visited;
    }
}
