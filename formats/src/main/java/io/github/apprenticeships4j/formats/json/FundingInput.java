package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Progress;
import java.util.Optional;

/**
 * One apprenticeship read by {@link ApprenticeshipsJson}: what the
 * {@link io.github.apprenticeships4j.core.funding.FundingCalculator} takes.
 *
 * @param id the caller's label of the record ({@code id} in the JSON), if given
 * @param apprenticeship the apprenticeship
 * @param progress its progress; {@link Progress#asPlanned()} when the JSON gives none
 */
public record FundingInput(Optional<String> id, Apprenticeship apprenticeship, Progress progress) {}
