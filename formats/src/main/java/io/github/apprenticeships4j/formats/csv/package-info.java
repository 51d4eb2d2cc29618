/**
 * Readers of CSV files, each a {@link io.github.apprenticeships4j.formats.CsvOptions} at its defaults:
 * {@link io.github.apprenticeships4j.formats.csv.StandardsCsv} for the IfATE standards export,
 * {@link io.github.apprenticeships4j.formats.csv.AparCsv} for the provider register (APAR),
 * {@link io.github.apprenticeships4j.formats.csv.AchievementRatesCsv} for the national achievement rates tables,
 * {@link io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv} for the 2018 register of end-point assessment
 * organisations, {@link io.github.apprenticeships4j.formats.csv.FundingBandsCsv} for the funding-band history,
 * {@link io.github.apprenticeships4j.formats.csv.DdatCsv} for the DDaT Capability Framework, and
 * {@link io.github.apprenticeships4j.formats.csv.ProviderFeedCsv} for the bulk-upload feed of the apprenticeship
 * service.
 *
 * <p>All but {@code ProviderFeedCsv}, which reads as the service does, share one contract. Fields follow RFC 4180
 * (quoted fields may hold delimiters, quotes and line breaks; CR, LF or CRLF end a line). The header is the first
 * record, within the allowed preamble lines, that names every column the reader needs; names match ignoring case and
 * surrounding spaces, in any order, and other columns are ignored. Blank lines are not records; values are stripped
 * of surrounding white space. Each finding is located by source, line and column where the field starts, record
 * number (1-based, header excluded) and column name as written in the header; a rejected row keeps its raw fields.
 * The read stops with a fatal finding in {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()} when no
 * header is found, the header lacks a column, a quote is never closed, the input breaks a limit of the options, or it
 * cannot be read or decoded. The codes are those of {@link io.github.apprenticeships4j.formats.ReadCodes}.
 */
@NullMarked
package io.github.apprenticeships4j.formats.csv;

import org.jspecify.annotations.NullMarked;
