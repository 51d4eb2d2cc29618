package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliDocsTest {
  @TempDir
  Path dir;

  @Test
  void writesTheBashCompletionScript_fromTheCommands() throws IOException {
    CliDocs.main(new String[] {dir.toString()});

    String script = Files.readString(dir.resolve(CliDocs.COMPLETION), StandardCharsets.UTF_8);
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_a4j")
        .contains("standards", "show", "validate", "career", "paths", "--standard-version", "--on", "--format")
        .doesNotContain("\r");
  }

  @Test
  void writesTheReference_everyCommandsHelpInMarkdown() throws IOException {
    CliDocs.main(new String[] {dir.toString()});

    String reference = Files.readString(dir.resolve(CliDocs.REFERENCE), StandardCharsets.UTF_8);
    assertThat(reference).startsWith("# a4j " + System.getProperty("a4j.expectedVersion") + ": command reference")
        .contains("## a4j standards show\n\n```text\nUsage: a4j standards show [-hV] [--file=FILE] [--format=FORMAT]")
        .contains("## a4j feed validate", "## a4j career paths", "## a4j levy forecast", "## a4j help")
        .contains("## a4j progress check\n\n```text\nUsage: a4j progress check [-hV] [--evidence=CSV] "
            + "[--format=FORMAT]\n");
    for (CommandLine command : CommandLineConventionsTest.everyCommand()) {
      assertThat(reference).contains("\n## " + command.getCommandSpec().qualifiedName() + "\n");
    }
  }
}
