package io.github.apprenticeships4j.core.funding;

import java.math.BigDecimal;

/**
 * Who pays for one employer: whether it is fully funded, the government's share, and the levy funds it can use.
 *
 * @param fullFunding whether the government pays all, and why
 * @param governmentShare the government's share of what levy funds do not cover
 * @param levyAvailable the levy funds the employer's part may use: none when fully funded or not a levy payer
 */
record EmployerTerms(Figure<FullFundingReason> fullFunding, Figure<BigDecimal> governmentShare,
    BigDecimal levyAvailable) {}
