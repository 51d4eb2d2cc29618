/**
 * Jackson 3 serialisers and deserialisers of the Apprenticeships4J value types and standards, gathered in
 * {@link io.github.apprenticeships4j.jackson.Apprenticeships4jModule}.
 */
@NullMarked
package io.github.apprenticeships4j.jackson;

import org.jspecify.annotations.NullMarked;
