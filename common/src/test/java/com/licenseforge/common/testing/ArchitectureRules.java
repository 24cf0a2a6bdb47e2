package com.licenseforge.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Inject;
import jakarta.inject.Scope;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The layout every service keeps, checked over its compiled main classes: features are packages under the
 * service's root that import each other without cycles, a REST resource is used only inside its own feature,
 * no package repeats its parent's name, and no bean takes more than {@value #MAX_COLLABORATORS} collaborators.
 */
public final class ArchitectureRules {

    public static final int MAX_COLLABORATORS = 8;

    private final String root;
    private final JavaClasses classes;

    private ArchitectureRules(String root) {
        this.root = root;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    public static ArchitectureRules of(String rootPackage) {
        return new ArchitectureRules(rootPackage);
    }

    /** Every package is a slice of its own, the root included, so a cycle through any two packages fails. */
    public void packagesAreFreeOfCycles() {
        String parent = root.substring(0, root.lastIndexOf('.'));
        SlicesRuleDefinition.slices().matching(parent + ".(**)").should().beFreeOfCycles().check(classes);
    }

    public void resourcesAreUsedOnlyInTheirFeature() {
        List<String> violations = new ArrayList<>();
        for (JavaClass resource : classes) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String feature = feature(resource);
            resource.getDirectDependenciesToSelf().stream()
                    .map(dependency -> dependency.getOriginClass())
                    .filter(origin -> !feature(origin).equals(feature))
                    .forEach(origin -> violations.add(origin.getName() + " uses " + resource.getName()));
        }
        assertEquals(List.of(), violations.stream().distinct().sorted().toList(),
                "REST resources used outside their feature");
    }

    public void noPackageRepeatsItsParent() {
        TreeSet<String> repeating = new TreeSet<>();
        for (JavaClass type : classes) {
            String[] segments = type.getPackageName().split("\\.");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals(segments[i - 1])) {
                    repeating.add(type.getPackageName());
                }
            }
        }
        assertEquals(List.of(), List.copyOf(repeating), "packages named like their parent");
    }

    public void beansHaveFewCollaborators() {
        List<String> crowded = classes.stream()
                .filter(ArchitectureRules::isBean)
                .filter(bean -> collaborators(bean) > MAX_COLLABORATORS)
                .sorted(Comparator.comparing(JavaClass::getName))
                .map(bean -> bean.getName() + " has " + collaborators(bean))
                .toList();
        assertEquals(List.of(), crowded, "beans with more than " + MAX_COLLABORATORS + " collaborators");
    }

    /** The first package below the root, or the root itself for its own classes. */
    private String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return name;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return root + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isBean(JavaClass type) {
        return !type.isRecord() && (type.isAnnotatedWith(Path.class) || type.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(NormalScope.class)
                        || annotation.getRawType().isAnnotatedWith(Scope.class)));
    }

    /** Injected beans: constructor parameters that are not configuration values, and {@code @Inject} fields. */
    private static long collaborators(JavaClass bean) {
        long fromConstructor = bean.getConstructors().stream()
                .mapToLong(ArchitectureRules::injectedParameters)
                .max().orElse(0);
        long fromFields = bean.getFields().stream().filter(ArchitectureRules::injectedField).count();
        return fromConstructor + fromFields;
    }

    private static long injectedParameters(JavaConstructor constructor) {
        return constructor.getParameters().stream()
                .filter(parameter -> !parameter.isAnnotatedWith(ConfigProperty.class))
                .count();
    }

    private static boolean injectedField(JavaField field) {
        return field.isAnnotatedWith(Inject.class) && !field.isAnnotatedWith(ConfigProperty.class);
    }

}
