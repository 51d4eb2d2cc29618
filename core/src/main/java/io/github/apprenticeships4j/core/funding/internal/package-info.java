/** The funding package's money rounding, the reader of its rule catalogue and the levy-expiry ledger arithmetic. Not
 * exported.
 */
@NullMarked
package io.github.apprenticeships4j.core.funding.internal;

import org.jspecify.annotations.NullMarked;
