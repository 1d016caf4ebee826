import JolModel
import JolPolicy

/// A line of a passport file by its keyword, with the lines that belong to it: a section with
/// its items and paragraphs, an item (`participant`, `kpi`) with its attributes.
struct PassportEntry {
  var line: ReportingLine
  var children: [PassportEntry] = []

  /// The line's first word.
  var keyword: String { line.tokens[0].text }
  /// The words and texts after the keyword.
  var arguments: ArraySlice<ReportingLine.Token> { line.tokens.dropFirst() }

  /// The children with `keyword`.
  func all(_ keyword: String) -> [PassportEntry] { children.filter { $0.keyword == keyword } }
}

/// Which keywords a passport file accepts where. The file's top level holds the header lines and
/// the eleven sections (lines that start at the first column); a section's lines are indented.
/// Inside a section a line is an attribute of the item above it when that item takes its
/// keyword, else a line of the section (`text`, `title` in `name`), else a new item.
enum PassportSchema {
  static let header = ["passport", "version", "region", "notice"]

  /// The lines a section itself holds (beside its items).
  static func sectionLines(_ section: PassportSection) -> [String] {
    switch section {
    case .name: ["title", "text"]
    case .legal: ["status", "basis", "text"]
    case .geography: ["district", "text"]
    case .specialisations: ["specialty", "text"]
    case .monitoring: ["source", "text"]
    default: ["text"]
    }
  }

  /// The items a section holds, each with the attributes it takes.
  static func items(_ section: PassportSection) -> [String: [String]] {
    switch section {
    case .participants:
      let attributes = ["title", "role", "commitment"]
      return ["founder": attributes, "participant": attributes]
    case .strategy: return ["goal": ["title", "kpi"]]
    case .actionPlan: return ["measure": ["title", "deadline", "responsible", "result"]]
    case .funding: return ["source": ["title", "amount"]]
    case .monitoring:
      return ["kpi": ["metric", "unit", "title", "baseline", "short_term", "long_term"]]
    default: return [:]
    }
  }

  /// The attributes a section line takes (`specialty` its `note`).
  static func lineAttributes(_ section: PassportSection, _ keyword: String) -> [String] {
    section == .specialisations && keyword == "specialty" ? ["note"] : []
  }
}

extension PassportEntry {
  /// The header lines and the sections of a file's lines, every misplaced or unknown keyword
  /// reported at its line and column.
  static func tree(_ lines: [ReportingLine], file: String, errors: inout [Diagnostic])
    -> (header: [PassportEntry], sections: [(PassportSection, PassportEntry)])
  {
    var header: [PassportEntry] = []
    var sections: [(PassportSection, PassportEntry)] = []
    let topLevel = PassportSchema.header + PassportSection.allCases.map(\.rawValue)
    for line in lines {
      let keyword = line.tokens[0]
      if !line.isIndented {
        if let section = PassportSection(rawValue: keyword.text), !keyword.isQuoted {
          if line.tokens.count > 1 {
            errors.append(
              Diagnostic(
                line.location(file, column: line.tokens[1].column),
                PassportCheckMessage.expectedNothing.text(["word": keyword.text])))
          }
          sections.append((section, PassportEntry(line: line)))
        } else if PassportSchema.header.contains(keyword.text), !keyword.isQuoted {
          header.append(PassportEntry(line: line))
        } else {
          errors.append(unknown(keyword, line, file, expected: topLevel))
        }
        continue
      }
      guard let (section, _) = sections.last else {
        errors.append(
          Diagnostic(
            line.location(file),
            PassportCheckMessage.outsideSection.text([
              "expected": PassportSection.allCases.map(\.rawValue).joined(separator: ", ")
            ])))
        continue
      }
      sections[sections.count - 1].1.add(line, section: section, file: file, errors: &errors)
    }
    return (header, sections)
  }

  /// Adds an indented line to this section entry: to its last child when that takes the
  /// keyword, else as a line or item of the section.
  private mutating func add(
    _ line: ReportingLine, section: PassportSection, file: String, errors: inout [Diagnostic]
  ) {
    let keyword = line.tokens[0].text
    let items = PassportSchema.items(section)
    if let last = children.last, !line.tokens[0].isQuoted {
      let takes =
        items[last.keyword] ?? PassportSchema.lineAttributes(section, last.keyword)
      if takes.contains(keyword) {
        children[children.count - 1].children.append(PassportEntry(line: line))
        return
      }
    }
    let lines = PassportSchema.sectionLines(section)
    guard !line.tokens[0].isQuoted, lines.contains(keyword) || items[keyword] != nil else {
      var expected = lines + items.keys.sorted()
      if let last = children.last {
        expected += items[last.keyword] ?? PassportSchema.lineAttributes(section, last.keyword)
      }
      errors.append(Self.unknown(line.tokens[0], line, file, expected: expected))
      return
    }
    children.append(PassportEntry(line: line))
  }

  private static func unknown(
    _ token: ReportingLine.Token, _ line: ReportingLine, _ file: String, expected: [String]
  ) -> Diagnostic {
    Diagnostic(
      line.location(file, column: token.column),
      ReportingMessage.unknownSetting.text([
        "word": token.text, "expected": expected.joined(separator: ", "),
      ]))
  }
}
