import JolModel

extension ReportDocument {
  /// The report as Markdown in `language` (`--format md`): headings, paragraphs, notices as
  /// quotes, definitions as a list, tables as pipe tables with figures right-aligned, a chart as
  /// its title and its data table. Every text goes through ``MarkdownEscape``; numbers through
  /// ``LocalNumber``.
  public func markdown(_ language: Language) -> String {
    var blocks = ["# " + MarkdownEscape.escaped(title[language])]
    if !header.isEmpty { blocks.append(Self.definitions(header, language)) }
    for section in sections {
      blocks.append("## " + MarkdownEscape.escaped(section.title[language]))
      for block in section.blocks { blocks.append(Self.block(block, language)) }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func block(_ block: ReportBlock, _ language: Language) -> String {
    switch block {
    case .heading(let text): "### " + MarkdownEscape.escaped(text[language])
    case .paragraph(let text): MarkdownEscape.escaped(text[language])
    case .notice(let text): "> **" + MarkdownEscape.escaped(text[language]) + "**"
    case .note(let text): "*" + MarkdownEscape.escaped(text[language]) + "*"
    case .definitions(let pairs): definitions(pairs, language)
    case .table(let table, let caption): self.table(table, caption, language)
    case .chart(let chart): self.table(chart.dataTable(language), chart.title, language)
    }
  }

  private static func definitions(
    _ pairs: [(term: LocalizedText, value: LocalizedText)], _ language: Language
  ) -> String {
    pairs.map { term, value in
      "- **" + MarkdownEscape.escaped(term[language]) + ":** "
        + MarkdownEscape.escaped(value[language])
    }.joined(separator: "\n")
  }

  private static func table(
    _ table: DataTable, _ caption: LocalizedText?, _ language: Language
  ) -> String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    var lines: [String] = []
    if let caption { lines += ["**" + MarkdownEscape.escaped(caption[language]) + "**", ""] }
    lines.append(line(table.columns.map { MarkdownEscape.escaped($0.title[language]) }))
    lines.append(
      line(
        table.columns.indices.map { ReportCell.isNumeric(column: $0, of: table) ? "--:" : "---" }))
    for row in table.rows {
      lines.append(
        line(
          table.columns.indices.map { index in
            index < row.count ? MarkdownEscape.escaped(ReportCell.text(row[index], language)) : ""
          }))
    }
    return lines.joined(separator: "\n")
  }
}
