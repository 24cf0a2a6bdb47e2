package com.licenseforge.issuer.catalogue;

import com.licenseforge.common.license.LicenseModel;
import com.licenseforge.common.events.EventTypes;
import com.licenseforge.common.events.ProductRegistered;
import com.licenseforge.common.events.ProductVersionReleased;
import com.licenseforge.common.events.TrialPolicyChanged;
import com.licenseforge.common.http.ResultPage;
import com.licenseforge.common.problem.ErrorCodes;
import com.licenseforge.common.problem.ProblemException;
import com.licenseforge.common.staff.Actor;
import com.licenseforge.common.staff.AuditTarget;
import com.licenseforge.common.staff.AuditTrail;
import com.licenseforge.issuer.events.LicenseEvents;
import com.licenseforge.issuer.vocabulary.Codes;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products, their modules and their released versions. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    private final ProductRepository products;
    private final ProductVersionRepository versions;
    private final LicenseEvents events;
    private final AuditTrail audit;

    public CatalogueService(ProductRepository products, ProductVersionRepository versions, LicenseEvents events,
                            AuditTrail audit) {
        this.products = products;
        this.versions = versions;
        this.events = events;
        this.audit = audit;
    }

    /**
     * A new product; {@code floating} holds its floating licenses' defaults (either may be null: the platform's);
     * {@code cdKeyByMail} false keeps CD keys out of the mail announcing its new licenses;
     * {@code selfServiceDeactivations} is how many machines a customer may free per license in 30 days.
     */
    public Product register(String code, String name, List<String> modules, FloatingDefaults floating,
                            boolean cdKeyByMail, int selfServiceDeactivations, Actor actor) {
        if (products.findByIdOptional(code).isPresent()) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.PRODUCT_EXISTS, "product " + code + " already exists");
        }
        Product product = new Product();
        product.code = code;
        product.name = name;
        product.modules = List.copyOf(modules);
        product.cdKeyByMail = cdKeyByMail;
        product.selfServiceDeactivations = selfServiceDeactivations;
        product.createdAt = Instant.now();
        product.heartbeatIntervalSeconds = Product.seconds(floating.heartbeatInterval());
        product.maxBorrowSeconds = Product.seconds(floating.maxBorrow());
        products.persist(product);
        events.fact(EventTypes.PRODUCT_REGISTERED, code, actor.name(), new ProductRegistered(code, name, product.modules,
                selfServiceDeactivations));
        audit.record(actor, "register product", AuditTarget.of("product", code), null,
                Map.of("name", name, "modules", product.modules, "heartbeatInterval", LicenseModel.text(product.heartbeatInterval()),
                        "maxBorrow", LicenseModel.text(product.maxBorrow()), "cdKeyByMail", cdKeyByMail,
                        "selfServiceDeactivations", selfServiceDeactivations), null);
        return product;
    }

    public ProductVersion release(String productCode, String version, Instant releasedAt, Actor actor) {
        products.findByIdOptional(productCode).orElseThrow(() -> ProblemException.notFound("product", productCode));
        if (versions.exists(productCode, version)) {
            throw new ProblemException(Response.Status.CONFLICT, Codes.VERSION_EXISTS,
                    "version " + version + " of " + productCode + " already exists");
        }
        ProductVersion released = new ProductVersion();
        released.id = UUID.randomUUID();
        released.productCode = productCode;
        released.version = version;
        released.releasedAt = releasedAt;
        versions.persist(released);
        events.fact(EventTypes.PRODUCT_VERSION_RELEASED, productCode, actor.name(),
                new ProductVersionReleased(productCode, version, releasedAt));
        audit.record(actor, "release version", AuditTarget.of("product", productCode), null,
                Map.of("version", version, "releasedAt", releasedAt.toString()), null);
        return released;
    }

    /** Sets the product's trial policy; activation-service learns it from the event and starts trials by it. */
    public Product setTrialPolicy(String code, TrialPolicy policy, Actor actor) {
        Product product = products.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("product", code));
        List<String> unknown = policy.modules().keySet().stream().filter(m -> !product.modules.contains(m)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(Response.Status.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                    "modules not sold with " + code + ": " + String.join(", ", unknown))
                    .with("errors", unknown.stream().map(m -> Map.of("field", "modules." + m,
                            "message", "not a module of " + code)).toList());
        }
        TrialPolicy before = TrialPolicy.of(product);
        product.trialEnabled = policy.enabled();
        product.trialDurationDays = policy.durationDays();
        product.trialModules = new LinkedHashMap<>(policy.modules());
        product.trialMaxActivations = policy.maxActivations();
        events.fact(EventTypes.PRODUCT_TRIAL_POLICY_CHANGED, code, actor.name(), new TrialPolicyChanged(code,
                policy.enabled(), policy.durationDays(), product.trialModules, policy.maxActivations()));
        audit.record(actor, "set trial policy", AuditTarget.of("product", code), state(before), state(policy), null);
        return product;
    }

    private static Map<String, Object> state(TrialPolicy policy) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("enabled", policy.enabled());
        state.put("durationDays", policy.durationDays());
        state.put("modules", policy.modules());
        state.put("maxActivations", policy.maxActivations());
        return state;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Product> find(String code) {
        return products.findByIdOptional(code);
    }

    /** The catalogue by product code, one page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Product> list(int page, int size) {
        PanacheQuery<Product> query = products.findAll(Sort.by("code"));
        return new ResultPage<>(query.page(Page.of(page, size)).list(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductVersion> versionsOf(String code) {
        return versions.list("productCode = ?1 order by releasedAt", code);
    }
}
