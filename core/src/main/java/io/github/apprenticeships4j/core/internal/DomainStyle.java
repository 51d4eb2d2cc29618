package io.github.apprenticeships4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied per package in {@code package-info.java}.
 *
 * <p>No annotation found on the build's class path is put on generated classes ({@code allowedClasspathAnnotations}
 * names only {@code Override}, which is not injected): in particular not {@code org.immutables.value.Generated}, whose
 * class users do not have, so that javac compiling an application against the library has nothing to warn about.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"duty:duties", "ksb:ksbs", "keyword:keywords", "issue:issues"},
    jakarta = true,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
