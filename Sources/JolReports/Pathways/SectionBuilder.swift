import JolFormat
import JolModel

/// Turns the protected tables of a pathway report into its sections: each count table with its
/// totals, the rates built on its published cells, the flow diagrams drawn from them, and the
/// legend of the symbols each table uses. Everything here reads only published statuses, so
/// nothing hidden can reach a rate, an amount or a chart.
struct SectionBuilder {
  let tally: PathwayTally
  let protected: ProtectedReport
  let names: PathwayNames
  let k: Int
  var indicators: [Indicator: ReportFigure] = [:]

  init(tally: PathwayTally, protected: ProtectedReport, names: PathwayNames, k: Int) {
    self.tally = tally
    self.protected = protected
    self.names = names
    self.k = k
  }

  typealias Section = PathwayReport.Section
  typealias Block = PathwayReport.Block

  mutating func sections() -> [Section] {
    var sections = [grade9(), college(), students(), awards(), supply()]
    if tally.hasDiagnostics { sections.append(diagnostics()) }
    if tally.hasMentorships { sections.append(mentorship()) }
    return sections
  }

  // MARK: Tables

  static let total = "total"

  /// A protected table as published, with a totals row and column.
  func published(
    _ table: ProtectedTable, caption: PathwayMessage, rowHeading: PathwayMessage,
    row: (String) -> LocalizedText, column: (String) -> LocalizedText
  ) -> PublishedTable {
    let totalTitle = PathwayMessage.total.text()
    let cells =
      zip(table.cells, table.rowTotals).map { cells, total in
        (cells + [total]).map(ReportFigure.count)
      } + [(table.columnTotals + [table.total]).map(ReportFigure.count)]
    return PublishedTable(
      id: table.id, caption: caption.text(), rowHeading: rowHeading.text(),
      rows: table.rows.map { TableLabel($0, row($0)) } + [TableLabel(Self.total, totalTitle)],
      columns: table.columns.map { TableLabel($0, column($0)) }
        + [TableLabel(Self.total, totalTitle)],
      cells: cells)
  }

  /// A table and the legend of its symbols.
  func blocks(_ table: PublishedTable) -> [Block] {
    [.table(table)]
      + protected.legend(for: table.statuses, withheldRates: table.hasWithheld).map(Block.note)
  }

  func rate(_ part: CellStatus?, _ whole: CellStatus?) -> ReportFigure {
    guard let part, let whole else { return .rate(.withheld) }
    return .rate(PublishedRate(numerator: part, denominator: whole, minimumCellSize: k))
  }

  /// The statuses of a protected table's row `index`, by column key; the totals row for nil.
  private func line(_ table: ProtectedTable, _ index: Int?) -> [String: CellStatus] {
    let statuses = index.map { table.cells[$0] } ?? table.columnTotals
    return Dictionary(uniqueKeysWithValues: zip(table.columns, statuses))
  }

  /// The published status of the sum of `keys`' cells of a line: their sum when all are
  /// published, else the line's total less the other cells when those are (what a reader
  /// works out too); nil when neither is.
  private func sum(_ line: [String: CellStatus], _ keys: [String], whole: CellStatus) -> CellStatus?
  {
    if let direct = summedStatus(keys.map { line[$0] ?? .zero }, minimumCellSize: k) {
      return direct
    }
    guard let total = whole.count,
      let others = knownSum(line.filter { !keys.contains($0.key) }.map(\.value))
    else { return nil }
    return summedStatus([.shown(total - others)], minimumCellSize: k)
  }

  /// Row labels and a total row, for rate tables built beside a protected table.
  func rowsWithTotal(_ table: ProtectedTable, _ title: (String) -> LocalizedText)
    -> [TableLabel]
  {
    table.rows.map { TableLabel($0, title($0)) }
      + [TableLabel(Self.total, PathwayMessage.total.text())]
  }

  // MARK: Grade 9

  private static let afterGrade9: [String: PathwayMessage] = [
    "college": .toCollege, "grade_10": .toGrade10, "other": .toOther,
  ]

  private mutating func grade9() -> Section {
    let byDistrict = protectedTable("grade9_by_district")
    let column = { (key: String) in Self.afterGrade9[key]?.text() ?? .same(key) }
    var blocks: [Block] = [
      .flow(flow(byDistrict, title: .grade9Flow, source: .grade9Leavers, column: column))
    ]
    blocks += self.blocks(
      published(
        byDistrict, caption: .grade9ByDistrict, rowHeading: .rowDistrict, row: names.district,
        column: column))
    let bySchool = protectedTable("grade9_by_school")
    blocks += self.blocks(
      published(
        bySchool, caption: .grade9BySchool, rowHeading: .rowSchool, row: names.institution,
        column: column))
    let rates = transitionRates(
      byDistrict, id: "grade9_transition_rates", caption: .transitionRates,
      rowHeading: .rowDistrict, row: names.district, column: column)
    blocks += self.blocks(rates)
    blocks += self.blocks(
      transitionRates(
        bySchool, id: "grade9_transition_rates_by_school", caption: .transitionRatesBySchool,
        rowHeading: .rowSchool, row: names.institution, column: column))
    indicators[.grade9ToCollege] = rates.cells.last?[1]
    return Section(id: "grade9", title: PathwayMessage.grade9Section.text(), blocks: blocks)
  }

  /// The leavers of each row of a grade-9 table, and each destination's share of them.
  private func transitionRates(
    _ leavers: ProtectedTable, id: String, caption: PathwayMessage, rowHeading: PathwayMessage,
    row: (String) -> LocalizedText, column: (String) -> LocalizedText
  ) -> PublishedTable {
    let keys = leavers.columns
    let rows = (leavers.rows.indices.map { Optional($0) } + [nil]).map { index in
      let cells = line(leavers, index)
      let whole = index.map { leavers.rowTotals[$0] } ?? leavers.total
      return [ReportFigure.count(whole)] + keys.map { rate(cells[$0], whole) }
    }
    return PublishedTable(
      id: id, caption: caption.text(), rowHeading: rowHeading.text(),
      rows: rowsWithTotal(leavers, row),
      columns: [TableLabel("leavers", PathwayMessage.grade9Leavers.text())]
        + keys.map { TableLabel($0, column($0)) },
      cells: rows)
  }

  /// A flow from a table's grand total to its column totals.
  private func flow(
    _ table: ProtectedTable, title: PathwayMessage, source: PathwayMessage,
    column: (String) -> LocalizedText
  ) -> FlowDiagram {
    let from = FlowDiagram.Node(
      id: "from", label: source.text(), amount: table.total.chartAmount(minimumCellSize: k))
    let targets = zip(table.columns, table.columnTotals).map { key, status in
      FlowDiagram.Node(id: key, label: column(key), amount: status.chartAmount(minimumCellSize: k))
    }
    return FlowDiagram(
      title: title.text(), stages: [[from], targets],
      links: targets.map { FlowDiagram.Link(from: "from", to: $0.id, amount: $0.amount) })
  }

  // MARK: College

  static func outcomeTitle(_ key: String) -> LocalizedText {
    switch LeaverOutcome(rawValue: key) {
    case .employedInSpecialty?: PathwayMessage.employedInSpecialty.text()
    case .employedOther?: PathwayMessage.employedOther.text()
    case .continuingStudy?: PathwayMessage.continuingStudy.text()
    case .militaryService?: OutsideKind.militaryService.title
    case .maternityLeave?: OutsideKind.maternityLeave.title
    case .neet?: OutsideKind.neet.title
    case .leftRegion?: OutsideKind.leftRegion.title
    case .notRecorded?: PathwayMessage.notRecorded.text()
    case .notCompleted?: PathwayMessage.notCompleted.text()
    case nil: .same(key)
    }
  }

  private mutating func college() -> Section {
    let bySpecialty = protectedTable("college_leavers_by_specialty")
    let byCollege = protectedTable("college_leavers_by_college")
    let byDistrict = protectedTable("college_leavers_by_district")
    var blocks: [Block] = [
      .flow(
        flow(bySpecialty, title: .collegeFlow, source: .collegeLeavers, column: Self.outcomeTitle))
    ]
    blocks += self.blocks(
      published(
        bySpecialty, caption: .leaversBySpecialty, rowHeading: .rowSpecialty,
        row: names.specialty, column: Self.outcomeTitle))
    blocks += self.blocks(
      published(
        byCollege, caption: .leaversByCollege, rowHeading: .rowCollege, row: names.institution,
        column: Self.outcomeTitle))
    blocks += self.blocks(
      published(
        byDistrict, caption: .leaversByDistrict, rowHeading: .rowDistrict, row: names.district,
        column: Self.outcomeTitle))
    let employment = employmentTable(bySpecialty)
    blocks += self.blocks(employment)
    blocks.append(.note(PathwayMessage.employmentMethod.text()))
    blocks += self.blocks(
      completionTable(
        byCollege, id: "completion_by_college", caption: .completionByCollege,
        rowHeading: .rowCollege, row: names.institution))
    blocks += self.blocks(
      completionTable(
        byDistrict, id: "completion_by_district", caption: .completionByDistrict,
        rowHeading: .rowDistrict, row: names.district))
    if let totals = employment.cells.last {
      indicators[.employment] = totals[2]
      indicators[.employmentInSpecialty] = totals[3]
      indicators[.completion] = totals[5]
    }
    return Section(id: "college", title: PathwayMessage.collegeSection.text(), blocks: blocks)
  }

  private static let destinationKeys = LeaverOutcome.destinations.map(\.rawValue)
  private static let baseKeys = LeaverOutcome.destinations.filter { !$0.isOutsideEmploymentBase }
    .map(\.rawValue)
  private static let employedKeys = [
    LeaverOutcome.employedInSpecialty.rawValue, LeaverOutcome.employedOther.rawValue,
  ]

  /// Graduates, the employment base, and the shares, by specialty and in total.
  private func employmentTable(_ leavers: ProtectedTable) -> PublishedTable {
    let rows = (leavers.rows.indices.map { Optional($0) } + [nil]).map { index in
      let cells = line(leavers, index)
      let whole = index.map { leavers.rowTotals[$0] } ?? leavers.total
      let graduates = sum(cells, Self.destinationKeys, whole: whole)
      let base = sum(cells, Self.baseKeys, whole: whole)
      return [
        graduates.map(ReportFigure.count) ?? .withheld, base.map(ReportFigure.count) ?? .withheld,
        rate(sum(cells, Self.employedKeys, whole: whole), base),
        rate(cells[LeaverOutcome.employedInSpecialty.rawValue], base),
        rate(cells[LeaverOutcome.continuingStudy.rawValue], graduates),
        rate(graduates, whole),
      ]
    }
    return PublishedTable(
      id: "employment_by_specialty", caption: PathwayMessage.employmentRates.text(),
      rowHeading: PathwayMessage.rowSpecialty.text(),
      rows: rowsWithTotal(leavers, names.specialty),
      columns: [
        TableLabel("graduates", PathwayMessage.graduates.text()),
        TableLabel("employment_base", PathwayMessage.employmentBase.text()),
        TableLabel("employed_share", PathwayMessage.employedShare.text()),
        TableLabel("employed_in_specialty_share", PathwayMessage.employedInSpecialtyShare.text()),
        TableLabel("continuing_study_share", PathwayMessage.continuingStudyShare.text()),
        TableLabel("completion_share", PathwayMessage.completionShare.text()),
      ],
      cells: rows)
  }

  /// The leavers of each row of a college-leavers table, and the share who graduated.
  private func completionTable(
    _ leavers: ProtectedTable, id: String, caption: PathwayMessage, rowHeading: PathwayMessage,
    row: (String) -> LocalizedText
  ) -> PublishedTable {
    let rows = (leavers.rows.indices.map { Optional($0) } + [nil]).map { index in
      let cells = line(leavers, index)
      let whole = index.map { leavers.rowTotals[$0] } ?? leavers.total
      return [
        ReportFigure.count(whole), rate(sum(cells, Self.destinationKeys, whole: whole), whole),
      ]
    }
    return PublishedTable(
      id: id, caption: caption.text(), rowHeading: rowHeading.text(),
      rows: rowsWithTotal(leavers, row),
      columns: [
        TableLabel("leavers", PathwayMessage.leavers.text()),
        TableLabel("completion_share", PathwayMessage.completionShare.text()),
      ],
      cells: rows)
  }

  // MARK: College learners

  private mutating func students() -> Section {
    let dual = protectedTable("students_dual_training")
    let funding = protectedTable("students_funding")
    let dualTitle = { (key: String) in
      key == "dual" ? PathwayMessage.dual.text() : PathwayMessage.notDual.text()
    }
    let fundingTitle = { (key: String) in Funding(rawValue: key)?.title ?? .same(key) }
    var blocks = self.blocks(
      published(
        dual, caption: .studentsDual, rowHeading: .rowSpecialty, row: names.specialty,
        column: dualTitle))
    blocks += self.blocks(
      published(
        funding, caption: .studentsFunding, rowHeading: .rowSpecialty, row: names.specialty,
        column: fundingTitle))
    let rows = (dual.rows.indices.map { Optional($0) } + [nil]).map { index in
      let whole = index.map { dual.rowTotals[$0] } ?? dual.total
      return [
        ReportFigure.count(whole), rate(line(dual, index)["dual"], whole),
        rate(line(funding, index)[Funding.targetedOrder.rawValue], whole),
      ]
    }
    let shares = PublishedTable(
      id: "student_shares", caption: PathwayMessage.studentShares.text(),
      rowHeading: PathwayMessage.rowSpecialty.text(), rows: rowsWithTotal(dual, names.specialty),
      columns: [
        TableLabel("learners", PathwayMessage.students.text()),
        TableLabel("dual_training_share", PathwayMessage.dualShare.text()),
        TableLabel("targeted_order_share", PathwayMessage.targetedShare.text()),
      ],
      cells: rows)
    blocks += self.blocks(shares)
    if let totals = shares.cells.last {
      indicators[.collegeLearners] = totals[0]
      indicators[.dualTraining] = totals[1]
      indicators[.targetedOrder] = totals[2]
    }
    return Section(
      id: "college_learners", title: PathwayMessage.studentsSection.text(), blocks: blocks)
  }
}
