/**
 * Apprenticeship standards as published by Skills England (formerly IfATE): identifiers, one
 * {@link io.github.apprenticeships4j.core.standard.Standard} per version with its duties and KSBs, the
 * {@link io.github.apprenticeships4j.core.standard.StandardCatalogue} of all versions, the differences between two
 * versions, and the structural rules of the published data.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
