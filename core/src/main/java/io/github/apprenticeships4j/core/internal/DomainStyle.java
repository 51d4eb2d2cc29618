package io.github.apprenticeships4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied per package in {@code package-info.java}.
 *
 * <p>Users never name a generated class. The implementations ({@code Immutable*}) are package-private, and a built
 * value is typed as its abstract class ({@code overshadowImplementation}). A value users build offers
 * {@code public static Builder builder()} and a nested {@code public static final class Builder extends
 * ImmutableX.Builder} with a package-private constructor; the generated builder is package-private too, so that the
 * Javadoc shows its methods as the nested builder's own. A value users vary implements the generated, package-private
 * {@code WithX} interface, which gives its abstract class the {@code withY(...)} copy methods. Builders are strict:
 * each attribute is set once, so a copy is made with {@code withY(...)}, not by rebuilding.
 *
 * <p>No annotation found on the build's class path is put on generated classes ({@code allowedClasspathAnnotations}
 * names only {@code Override}, which is not injected): in particular not {@code org.immutables.value.Generated}, whose
 * class users do not have, so that javac compiling an application against the library has nothing to warn about.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    typeWith = "With*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"duty:duties", "ksb:ksbs", "keyword:keywords", "issue:issues"},
    jakarta = true,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
