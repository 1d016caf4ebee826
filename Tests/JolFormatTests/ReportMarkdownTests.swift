import JolFormat
import JolModel
import Testing

/// The same blocks as Markdown.
@Suite struct ReportMarkdownTests {
  @Test func everyBlockHasItsMarkdown() {
    let markdown = sampleReport(label: "Ақсу").markdown(.ru)
    let expected = [
      "# Отчёт\n\n- **Дата:** 2026-09-01\n\n",
      "## Section Ақсу\n\n### Ақсу\n\nАқсу\n\n> **Ақсу**\n\n- **Ақсу:** Ақсу\n\n**Ақсу**\n\n",
      "| Район | Учащиеся | Доля, % |\n| --- | --: | --: |\n| Ақсу | 12\u{00A0}345 | 12,5 |\n",
      "| Ақсу | \\<5 | — |\n",
      "*Ақсу*\n\n## Charts\n\n**Profile Ақсу**\n\n| Scale | Score | Уровень |\n| --- | --: | --- |\n",
      "| Ақсу | 7 | high |\n| Сандар | 3 | medium |\n| Hidden | \\<5 |  |\n",
      "**Flows**\n\n| Откуда | Куда | Число |\n| --- | --- | --: |\n| Grade 9 | Ақсу | 700 |\n",
    ]
    for piece in expected {
      #expect(markdown.contains(piece), "\(piece)")
    }
    #expect(markdown.hasSuffix("| Grade 9 | Other | \\<5 |\n"))
  }

  @Test func hostileTextCannotMakeMarkup() {
    #expect(MarkdownEscape.escaped("<5 | *x* [a](b)") == "\\<5 \\| \\*x\\* \\[a\\](b)")
    #expect(MarkdownEscape.escaped("- item") == "\\- item")
    #expect(MarkdownEscape.escaped("12. May") == "12\\. May")
    #expect(MarkdownEscape.escaped("a-b 1.5") == "a-b 1.5")
    #expect(MarkdownEscape.escaped("12.5") == "12.5")
    #expect(MarkdownEscape.escaped("3)") == "3\\)")
    #expect(MarkdownEscape.escaped("line\nbreak\u{0}") == "line break\u{FFFD}")
    let markdown = sampleReport().markdown(.en)
    let escaped =
      "\\<b\\>\\&amp; \"quoted\" 'single' \\</style\\>\\<script\\>alert(1)\\</script\\> \\| \\*x\\* \u{FFFD}"
    #expect(markdown.contains("# Report " + escaped + "\n"))
    #expect(markdown.contains("| " + escaped + " | 12,345 | 12.5 |\n"))
  }

  @Test func sameInputSameBytes() {
    #expect(sampleReport().markdown(.kk) == sampleReport().markdown(.kk))
  }
}
