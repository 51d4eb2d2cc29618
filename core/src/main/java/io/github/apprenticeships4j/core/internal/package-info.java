/**
 * The machinery the public packages of core share: the Immutables style, the Hibernate Validator bridge and the
 * constraint validators, identifier and text helpers. Not exported.
 */
@NullMarked
package io.github.apprenticeships4j.core.internal;

import org.jspecify.annotations.NullMarked;
