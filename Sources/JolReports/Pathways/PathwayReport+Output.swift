import JolFormat
import JolModel

extension PathwayReport {
  /// The header lines: the date, the cohort, the district, the log position, the policy
  /// versions (and the passport's), the minimum cell size.
  public var header: [(term: LocalizedText, value: LocalizedText)] {
    let policyList =
      policies.isEmpty
      ? PathwayMessage.noPolicies.text()
      : .same(policies.map { "\($0.id) v\($0.version)" }.joined(separator: ", "))
    // A merged report names its regions, each with its log position, where a region's report
    // names its own log position.
    let origin =
      mergedFrom.isEmpty
      ? (PathwayMessage.logPosition.text(), LocalizedText.same(String(logPosition)))
      : (MergeMessage.mergedFrom.text(), sourceList)
    return [
      (PathwayMessage.asOf.text(), .same(scope.asOf.description)),
      (PathwayMessage.cohort.text(), .same(String(scope.cohort))),
      (PathwayMessage.district.text(), districtTitle),
      origin,
      (PathwayMessage.policies.text(), policyList),
    ] + extraHeader.map { ($0.term, $0.value) } + [
      (PathwayMessage.minimumCellSize.text(), .same(String(scope.minimumCellSize)))
    ]
  }

  /// The header as keys and language-neutral values, in the order of ``header``: the CSV's
  /// `meta` lines (`meta;as_of;…;value;…;2026-09-30`), the same fields as the JSON report's.
  var metaFields: [(key: String, term: LocalizedText, value: String)] {
    let origin =
      mergedFrom.isEmpty
      ? ("log_position", PathwayMessage.logPosition.text(), String(logPosition))
      : (
        "merged_from", MergeMessage.mergedFrom.text(),
        mergedFrom.map { source in
          source.regions.joined(separator: ",") + "@\(source.logPosition)"
            + (source.passport.map { " \($0.id) v\($0.version)" } ?? "")
        }.joined(separator: "; ")
      )
    return [
      ("as_of", PathwayMessage.asOf.text(), scope.asOf.description),
      ("cohort", PathwayMessage.cohort.text(), String(scope.cohort)),
      ("district", PathwayMessage.district.text(), scope.district ?? Self.allDistrictsKey),
      origin,
      (
        "policies", PathwayMessage.policies.text(),
        policies.map { "\($0.id) v\($0.version)" }.joined(separator: ", ")
      ),
    ] + extraHeader.map { ($0.key, $0.term, $0.value[.en]) } + [
      ("minimum_cell_size", PathwayMessage.minimumCellSize.text(), String(scope.minimumCellSize))
    ]
  }

  /// The `district` meta value of a report of the whole region.
  static let allDistrictsKey = "all"

  /// The merged regions for the header: `39 Қостанай облысы (журнал позициясы 1234, паспорт
  /// kostanay v1); …`.
  private var sourceList: LocalizedText {
    let lines = mergedFrom.map { source in
      let regions = LocalizedText.each { language in
        source.regions.map { code in
          regionTitles[code].map { "\(code) \($0[language])" } ?? code
        }.joined(separator: ", ")
      }
      let values: [String: any MessageValue] = [
        "regions": regions, "position": String(source.logPosition),
        "passport": source.passport.map { "\($0.id) v\($0.version)" } ?? "",
      ]
      return source.passport == nil
        ? MergeMessage.source.text(values) : MergeMessage.sourceWithPassport.text(values)
    }
    return .each { language in lines.map { $0[language] }.joined(separator: "; ") }
  }

  /// The report as a document for a reader of `language` (the rows' labels are written in
  /// it): HTML (`.html(language)`, the flows as inline SVG) or Markdown.
  public func document(_ language: Language) -> ReportDocument {
    var documentSections = sections.map { section in
      ReportSection(
        title: section.title,
        blocks: section.blocks.map { block in
          switch block {
          case .table(let table):
            .table(
              table.dataTable(language, minimumCellSize: scope.minimumCellSize),
              caption: table.caption)
          case .flow(let flow): .chart(.flow(flow))
          case .note(let text): .note(text)
          }
        })
    }
    documentSections[0].blocks.insert(.notice(PathwayMessage.privacyNotice.text()), at: 0)
    return ReportDocument(
      title: PathwayMessage.title.text(), header: header, sections: documentSections)
  }
}

extension PathwayReport {
  /// The report as one JSON object, keys in snake_case, titles in `language`: the header
  /// fields, then each section's tables with each row's figures by column key. Counts are
  /// numbers or their symbols (`<5`, `×`), rates percentages or `—`, amounts tenge.
  public func json(_ language: Language) -> JSONValue {
    let k = scope.minimumCellSize
    let sectionValues = sections.map { section -> JSONValue in
      var tables: [JSONValue] = []
      var notes: [JSONValue] = []
      for block in section.blocks {
        switch block {
        case .table(let table): tables.append(table.json(language, minimumCellSize: k))
        case .note(let text): notes.append(.string(text[language]))
        case .flow: break
        }
      }
      return .object([
        ("id", .string(section.id)), ("title", .string(section.title[language])),
        ("tables", .array(tables)), ("notes", .array(notes)),
      ])
    }
    return .object(
      [
        ("report", .string("pathways")), ("language", .string(language.rawValue)),
        ("as_of", .string(scope.asOf.description)), ("cohort", .int(scope.cohort)),
        ("district", .optional(scope.district)),
        mergedFrom.isEmpty
          ? ("log_position", .int(logPosition))
          : ("merged_from", .array(mergedFrom.map(\.json))),
        (
          "policies",
          .array(
            policies.map { .object([("id", .string($0.id)), ("version", .int($0.version))]) })
        ),
      ] + extraJSON + [
        ("minimum_cell_size", .int(k)),
        ("sections", .array(sectionValues)),
      ])
  }

  /// The report as one CSV file a spreadsheet opens: UTF-8 with a byte-order mark, CRLF, `;`
  /// between fields in kk and ru (their decimal mark is the comma) and `,` in en. One line per
  /// figure, in long form — `table;row_key;row;column_key;column;value` — so that every table
  /// of the report is in one file and filters by its `table` column. The header comes first in
  /// the same shape, as the table `meta` (``metaFields``: one line per field, column `value`).
  public func csv(_ language: Language) -> String {
    let writer = CSVWriter(
      delimiter: language == .en ? .comma : .semicolon, lineEnding: .crlf,
      writesByteOrderMark: true, neutralizesFormulas: true)
    let valueTitle = PathwayMessage.headerValue.text()[language]
    var records: [[String]] = metaFields.map { key, term, value in
      [Self.metaTable, key, term[language], "value", valueTitle, value]
    }
    for section in sections {
      for case .table(let table) in section.blocks {
        for (row, figures) in zip(table.rows, table.cells) {
          for (column, figure) in zip(table.columns, figures) {
            records.append([
              table.id, row.key, row.title[language], column.key, column.title[language],
              figure.csv(minimumCellSize: scope.minimumCellSize, language: language),
            ])
          }
        }
      }
    }
    return writer.text(
      header: ["table", "row_key", "row", "column_key", "column", "value"], records: records)
  }

  /// The `table` of the CSV's header lines.
  public static let metaTable = "meta"
}
