/**
 * Readers of CSV files, each a {@link io.github.apprenticeships4j.formats.CsvOptions} at its defaults:
 * {@link io.github.apprenticeships4j.formats.csv.StandardsCsv} for the IfATE standards export,
 * {@link io.github.apprenticeships4j.formats.csv.AparCsv} for the provider register (APAR),
 * {@link io.github.apprenticeships4j.formats.csv.AchievementRatesCsv} for the national achievement rates tables,
 * {@link io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv} for the 2018 register of end-point assessment
 * organisations, {@link io.github.apprenticeships4j.formats.csv.DdatCsv} for the DDaT Capability Framework, and
 * {@link io.github.apprenticeships4j.formats.csv.ProviderFeedCsv} for the bulk-upload feed of the apprenticeship
 * service.
 */
@NullMarked
package io.github.apprenticeships4j.formats.csv;

import org.jspecify.annotations.NullMarked;
