import JolFormat
import JolModel

extension PassportReport {
  /// The passport as a document for a reader of `language`: HTML (`.html(language)`) or
  /// Markdown, a section per section of the form, in its order.
  public func document(_ language: Language) -> ReportDocument {
    let sections = PassportSection.allCases.map { section in
      var blocks = blocks(section, language)
      blocks += (passport.paragraphs[section] ?? []).map(ReportBlock.paragraph)
      return ReportSection(title: Self.sectionTitle(section), blocks: blocks)
    }
    var document = ReportDocument(
      title: PassportMessage.title.text(), header: header, sections: sections)
    if let notice = passport.notice { document.sections[0].blocks.insert(.notice(notice), at: 0) }
    return document
  }

  private func table(_ columns: [(String, PassportMessage)], _ rows: [[JSONValue]]) -> ReportBlock {
    table(columns.map { ($0.0, $0.1.text()) }, rows)
  }

  private func table(_ columns: [(String, LocalizedText)], _ rows: [[JSONValue]]) -> ReportBlock {
    .table(
      DataTable(columns: columns.map { DataTable.Column($0.0, $0.1) }, rows: rows), caption: nil)
  }

  private func blocks(_ section: PassportSection, _ language: Language) -> [ReportBlock] {
    func text(_ value: LocalizedText) -> JSONValue { .string(value[language]) }
    func texts(_ values: [LocalizedText]) -> JSONValue { .array(values.map(text)) }
    switch section {
    case .name:
      return [.paragraph(passport.name)]
    case .participants:
      return [
        table(
          [
            ("participant", .participant), ("kind", .kind), ("founder", .founder), ("role", .role),
            ("commitments", .commitments),
          ],
          passport.participants.map { participant in
            [
              text(participant.title), text(Self.kindTitle(participant.kind)),
              text((participant.isFounder ? PassportMessage.yes : .no).text()),
              text(participant.role), texts(participant.commitments),
            ]
          })
      ]
    case .legal:
      return [
        .definitions(
          [(PassportMessage.legalStatus.text(), passport.legalStatus)]
            + passport.legalBasis.map { (PassportMessage.legalBasis.text(), $0) })
      ]
    case .geography:
      return [
        table(
          [
            ("code", PassportMessage.districtCode.text()),
            ("district", PathwayMessage.rowDistrict.text()),
          ],
          passport.districts.map { [.string($0), text(names.district($0))] })
      ]
    case .strategy:
      let kpis = Dictionary(uniqueKeysWithValues: passport.kpis.map { ($0.id, $0) })
      return [
        table(
          [
            ("goal", .goal), ("kpi", .kpi), ("baseline", .baseline),
            ("short_term_target", .shortTermTarget), ("long_term_target", .longTermTarget),
          ],
          passport.goals.flatMap { goal in
            goal.kpis.compactMap { kpis[$0] }.map { kpi in
              [
                text(goal.title), text(kpi.title),
                .string(Self.point(kpi.baseline, kpi.unit, language)),
                .string(Self.point(kpi.shortTerm, kpi.unit, language)),
                .string(Self.point(kpi.longTerm, kpi.unit, language)),
              ]
            }
          })
      ]
    case .specialisations:
      return [
        table(
          [
            ("specialty", PathwayMessage.rowSpecialty.text()),
            ("note", PassportMessage.note.text()),
          ],
          passport.specialisations.map { item in
            [text(names.specialty(item.specialty.rawValue)), item.note.map(text) ?? .null]
          })
      ]
    case .actionPlan:
      return [
        table(
          [
            ("measure", .measure), ("deadline", .deadline), ("responsible", .responsible),
            ("results", .results),
          ],
          passport.measures.map { measure in
            [
              text(measure.title), .string(measure.deadline.description),
              texts(measure.responsible.map(participantTitle)), texts(measure.results),
            ]
          })
      ]
    case .funding:
      let years = fundingYears
      return [
        .table(
          DataTable(
            columns: [DataTable.Column("source", PassportMessage.source.text())]
              + years.map {
                DataTable.Column(
                  "amount_\($0)", PassportMessage.amountIn.text(["year": String($0)]))
              },
            rows: passport.fundingSources.map { source in
              [text(source.title)]
                + years.map { year in
                  source.amounts.first { $0.year == year }.map { .number($0.money.description) }
                    ?? .null
                }
            }), caption: nil)
      ]
    case .monitoring:
      let source = passport.kpiSource.map {
        [ReportBlock.definitions([(PassportMessage.kpiSource.text(), $0)])]
      }
      return (source ?? [])
        + pathways.kpiBlocks(passport).map { block in
          switch block {
          case .table(let table):
            .table(
              table.dataTable(language, minimumCellSize: pathways.scope.minimumCellSize),
              caption: table.caption)
          case .note(let text): .note(text)
          case .flow(let flow): .chart(.flow(flow))
          }
        }
    case .innovation, .infrastructure:
      return []
    }
  }
}
