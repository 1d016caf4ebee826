import JolFormat
import JolModel

extension PassportReport {
  /// The passport report as one JSON object (snake_case keys, texts in `language`): the header
  /// fields, each section's content by its keyword, and the KPI table with the same figures as
  /// the pathway report's (`passport_kpis`).
  public func json(_ language: Language) -> JSONValue {
    func text(_ value: LocalizedText) -> JSONValue { .string(value[language]) }
    func texts(_ values: [LocalizedText]) -> JSONValue { .array(values.map(text)) }
    let k = pathways.scope.minimumCellSize
    let content: [PassportSection: [(String, JSONValue)]] = [
      .name: [("name", text(passport.name))],
      .participants: [
        (
          "participants",
          .array(
            passport.participants.map { participant in
              .object([
                ("id", .string(participant.id)), ("kind", .string(participant.kind.rawValue)),
                ("founder", .bool(participant.isFounder)), ("title", text(participant.title)),
                ("role", text(participant.role)), ("commitments", texts(participant.commitments)),
              ])
            })
        )
      ],
      .legal: [("status", text(passport.legalStatus)), ("basis", texts(passport.legalBasis))],
      .geography: [
        (
          "districts",
          .array(
            passport.districts.map {
              .object([("code", .string($0)), ("name", text(names.district($0)))])
            })
        )
      ],
      .strategy: [
        (
          "goals",
          .array(
            passport.goals.map { goal in
              .object([
                ("id", .string(goal.id)), ("title", text(goal.title)),
                ("kpis", .array(goal.kpis.map(JSONValue.string))),
              ])
            })
        )
      ],
      .specialisations: [
        (
          "specialties",
          .array(
            passport.specialisations.map { item in
              .object([
                ("code", .string(item.specialty.rawValue)),
                ("name", text(names.specialty(item.specialty.rawValue))),
                ("note", item.note.map(text) ?? .null),
              ])
            })
        )
      ],
      .actionPlan: [
        (
          "measures",
          .array(
            passport.measures.map { measure in
              .object([
                ("id", .string(measure.id)), ("title", text(measure.title)),
                ("deadline", .string(measure.deadline.description)),
                ("responsible", .array(measure.responsible.map(JSONValue.string))),
                ("results", texts(measure.results)),
              ])
            })
        )
      ],
      .funding: [
        (
          "sources",
          .array(
            passport.fundingSources.map { source in
              .object([
                ("id", .string(source.id)), ("title", text(source.title)),
                (
                  "amounts",
                  .array(
                    source.amounts.map {
                      .object([("year", .int($0.year)), ("tenge", .number($0.money.description))])
                    })
                ),
              ])
            })
        )
      ],
      .monitoring: [
        ("kpi_source", passport.kpiSource.map(text) ?? .null),
        (
          "kpis",
          KPIResult.table(results, asOf: pathways.scope.asOf).json(language, minimumCellSize: k)
        ),
      ],
    ]
    let sections = PassportSection.allCases.map { section -> JSONValue in
      .object(
        [
          ("id", .string(section.rawValue)), ("number", .int(section.number)),
          ("title", text(Self.sectionTitle(section))),
        ] + (content[section] ?? []) + [
          ("paragraphs", texts(passport.paragraphs[section] ?? []))
        ])
    }
    return .object([
      ("report", .string("passport")), ("language", .string(language.rawValue)),
      ("as_of", .string(pathways.scope.asOf.description)), ("cohort", .int(pathways.scope.cohort)),
      ("log_position", .int(pathways.logPosition)),
      ("passport", .object([("id", .string(passport.id)), ("version", .int(passport.version))])),
      ("region", .string(passport.region.rawValue)),
      ("notice", passport.notice.map(text) ?? .null),
      ("minimum_cell_size", .int(k)),
      ("sections", .array(sections)),
    ])
  }
}
