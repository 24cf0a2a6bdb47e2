package com.licenseforge.activation.machines;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.licenseforge.activation.readmodel.BillingStanding;
import com.licenseforge.activation.readmodel.License;
import com.licenseforge.activation.readmodel.ProductVersion;
import com.licenseforge.activation.seats.SeatAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reads what activating a machine is checked on in one statement, each part by index, so the license row lock
 * is held for one round trip instead of six: the billing standing, the live activation on the fingerprint and
 * those sharing a hardware component in the organization, the slots held (the count the database keeps on the
 * license row), the versions live machines run and the distinct users per module (counts the database keeps too).
 * Only the machines the request is about become entities, as an activation changes them; a new machine loads none.
 * The versions are read one at a time in index order ({@code order by ... limit 1}, not {@code min}): on statistics
 * taken while the license was small, {@code min} was planned as an aggregate over all its live machines.
 */
@ApplicationScoped
public class ActivationRead {

    /** Public for the test that bounds the rows its plans visit, whichever plan PostgreSQL caches. */
    public static final String QUERY = """
            select b.standing, b.past_due_since, b.grace_ends_at, b.updated_at standing_updated_at,
                   (select live_activations from license where id = l.id) active,
                   (with recursive version(v) as (
                        select (select product_version from activation where license_id = l.id and status = 'ACTIVE'
                                 order by product_version limit 1)
                        union all
                        select (select product_version from activation
                                 where license_id = l.id and status = 'ACTIVE' and product_version > version.v
                                 order by product_version limit 1)
                          from version where version.v is not null)
                    select coalesce(json_agg(v), '[]')::text from version where v is not null) versions,
                   %s seats,
                   (select string_agg(id::text, ' ') from activation
                     where license_id = l.id and fingerprint_hash = :fingerprint and status = 'ACTIVE') on_fingerprint,
                   (select string_agg(id::text, ' ' order by created_at) from activation
                     where cardinality(cast(:pairs as text[])) > 0
                       and license_component_pairs(license_id, component_pairs)
                           && license_component_pairs(l.id, cast(:pairs as text[]))
                       and organization_id = :organization and status = 'ACTIVE') sharing_components
              from (select cast(:license as uuid) id) l
              left join billing_standing b on b.license_id = l.id""".formatted(SeatAssignmentRepository.USERS_BY_MODULE);
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> VERSIONS = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final ObjectMapper json;
    private final Clock clock;

    public ActivationRead(EntityManager entities, ObjectMapper json, Clock clock) {
        this.entities = entities;
        this.json = json;
        this.clock = clock;
    }

    /** The facts of {@code license} that activating {@code intent} is checked on, read in the caller's transaction. */
    public LicenseFacts read(License license, ActivationIntent intent) {
        String[] pairs = Activation.pairs(intent.components());
        Object[] row = (Object[]) entities.createNativeQuery(QUERY)
                .setParameter("fingerprint", intent.fingerprintHash())
                .setParameter("organization", intent.organizationId())
                .setParameter("pairs", pairs == null ? new String[0] : pairs)
                .setParameter("license", license.id)
                .unwrap(NativeQuery.class)
                .addScalar("standing", StandardBasicTypes.STRING)
                .addScalar("past_due_since", StandardBasicTypes.INSTANT)
                .addScalar("grace_ends_at", StandardBasicTypes.INSTANT)
                .addScalar("standing_updated_at", StandardBasicTypes.INSTANT)
                .addScalar("active", StandardBasicTypes.INTEGER)
                .addScalar("versions", StandardBasicTypes.STRING)
                .addScalar("seats", StandardBasicTypes.STRING)
                .addScalar("on_fingerprint", StandardBasicTypes.STRING)
                .addScalar("sharing_components", StandardBasicTypes.STRING)
                .getSingleResult();
        List<Activation> machines = Stream.concat(ids(row[7]), ids(row[8])).distinct()
                .map(id -> entities.find(Activation.class, id)).toList();
        int newestMajor = read((String) row[5], VERSIONS).stream().mapToInt(ProductVersion::major).max().orElse(0);
        BillingStanding standing = BillingStanding.of(license.id, (String) row[0], (Instant) row[1], (Instant) row[2],
                (Instant) row[3]);
        return new LicenseFacts(license, standing, machines, (Integer) row[4], newestMajor,
                new TreeMap<>(read((String) row[6], COUNTS)), clock.instant());
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids the statement joined with spaces. */
    private static Stream<UUID> ids(Object joined) {
        return joined == null ? Stream.empty() : Arrays.stream(((String) joined).split(" ")).map(UUID::fromString);
    }
}
