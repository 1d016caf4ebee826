import JolModel

extension ReportDocument {
  /// The report as one self-contained HTML file in `language`: XHTML-well-formed (it parses as
  /// XML), UTF-8, `lang` set, inline style (``ReportStyle``) and inline SVG, no script, no link,
  /// no image, nothing fetched. The same document gives the same bytes.
  public func html(_ language: Language) -> String {
    var markup = MarkupWriter()
    markup.trusted("<!DOCTYPE html>\n")
    markup.start("html", [("lang", language.rawValue)])
    markup.newline()
    markup.start("head")
    markup.empty("meta", [("charset", "utf-8")])
    markup.element("title", text: title[language])
    markup.start("style")
    markup.trusted("\n" + ReportStyle.css + "\n")
    markup.end()
    markup.end()
    markup.newline()
    markup.start("body")
    markup.newline()
    markup.element("h1", text: title[language])
    markup.newline()
    if !header.isEmpty { Self.definitions(header, language, &markup) }
    for section in sections {
      markup.start("section", section.startsPage ? [("class", "page")] : [])
      markup.newline()
      markup.element("h2", text: section.title[language])
      markup.newline()
      for block in section.blocks { Self.block(block, language, &markup) }
      markup.end()
      markup.newline()
    }
    markup.end()
    markup.newline()
    markup.end()
    markup.newline()
    return markup.finished()
  }

  private static func block(
    _ block: ReportBlock, _ language: Language, _ markup: inout MarkupWriter
  ) {
    switch block {
    case .heading(let text): markup.element("h3", text: text[language])
    case .paragraph(let text): markup.element("p", text: text[language])
    case .notice(let text): markup.element("div", [("class", "notice")], text: text[language])
    case .note(let text): markup.element("p", [("class", "note")], text: text[language])
    case .definitions(let pairs): definitions(pairs, language, &markup)
    case .table(let table, let caption): self.table(table, caption, language, &markup)
    case .chart(let chart):
      markup.start("figure")
      markup.element("figcaption", text: chart.title[language])
      markup.trusted(chart.svg(language))
      markup.end()
    }
    markup.newline()
  }

  private static func definitions(
    _ pairs: [(term: LocalizedText, value: LocalizedText)], _ language: Language,
    _ markup: inout MarkupWriter
  ) {
    markup.start("dl")
    for (term, value) in pairs {
      markup.element("dt", text: term[language])
      markup.element("dd", text: value[language])
    }
    markup.end()
  }

  private static func table(
    _ table: DataTable, _ caption: LocalizedText?, _ language: Language,
    _ markup: inout MarkupWriter
  ) {
    let numeric = table.columns.indices.map { ReportCell.isNumeric(column: $0, of: table) }
    let rowHeads = !(numeric.first ?? true)
    markup.start("table")
    if let caption { markup.element("caption", text: caption[language]) }
    markup.start("thead")
    markup.start("tr")
    for (index, column) in table.columns.enumerated() {
      var attributes = [("scope", "col")]
      if numeric[index] { attributes.append(("class", "num")) }
      markup.element("th", attributes, text: column.title[language])
    }
    markup.end()
    markup.end()
    markup.newline()
    markup.start("tbody")
    for row in table.rows {
      markup.start("tr")
      for index in table.columns.indices {
        let text = index < row.count ? ReportCell.text(row[index], language) : ""
        if index == 0 && rowHeads {
          markup.element("th", [("scope", "row")], text: text)
        } else {
          markup.element("td", numeric[index] ? [("class", "num")] : [], text: text)
        }
      }
      markup.end()
      markup.newline()
    }
    markup.end()
    markup.end()
  }
}
