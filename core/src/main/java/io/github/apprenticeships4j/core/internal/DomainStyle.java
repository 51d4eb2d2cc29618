package io.github.apprenticeships4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The one Immutables style of the library, applied per package in {@code package-info.java}. */
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
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
