import JolFormat
import JolModel

extension SectionBuilder {
  func protectedTable(_ id: String) -> ProtectedTable {
    guard let table = protected[id] else { preconditionFailure("no table \(id)") }
    return table
  }

  // MARK: Supply and demand

  mutating func supply() -> Section {
    let expected = protectedTable("expected_graduates")
    let yearTitle = { (key: String) in
      key == PathwayTally.later
        ? PathwayMessage.later.text()
        : PathwayMessage.expectedIn.text(["year": String(key.dropFirst("year_".count))])
    }
    var blocks = self.blocks(
      published(
        expected, caption: .expectedGraduates, rowHeading: .rowSpecialty, row: names.specialty,
        column: yearTitle))
    // Every specialty taught or asked for; a specialty no one studies supplies 0.
    let specialties = Set(expected.rows).union(tally.demand.keys.map(\.rawValue)).sorted()
    var columns: [TableLabel] = []
    for year in tally.supplyYears {
      columns += [
        TableLabel("graduates_\(year)", PathwayMessage.expectedIn.text(["year": String(year)])),
        TableLabel("demand_\(year)", PathwayMessage.demandIn.text(["year": String(year)])),
        TableLabel("gap_\(year)", PathwayMessage.gapIn.text(["year": String(year)])),
      ]
    }
    let rows = specialties.map { specialty in
      let row = expected.rows.firstIndex(of: specialty)
      return tally.supplyYears.flatMap { year -> [ReportFigure] in
        let column = expected.columns.firstIndex(of: PathwayTally.yearKey(year))!
        let supply = row.map { expected.cells[$0][column] } ?? .zero
        let demand = tally.demand[SpecialtyCode(rawValue: specialty)]?[year] ?? 0
        // The gap would give back a hidden count of graduates: withheld with it.
        let gap = supply.count.map { ReportFigure.number(demand - $0) } ?? .withheld
        return [.count(supply), .number(demand), gap]
      }
    }
    blocks += self.blocks(
      PublishedTable(
        id: "supply_demand", caption: PathwayMessage.supplyDemand.text(),
        rowHeading: PathwayMessage.rowSpecialty.text(),
        rows: specialties.map { TableLabel($0, names.specialty($0)) }, columns: columns,
        cells: rows))
    blocks.append(.note(PathwayMessage.supplyMethod.text()))
    return Section(id: "supply_demand", title: PathwayMessage.supplySection.text(), blocks: blocks)
  }

  // MARK: Diagnostics and mentorship (when the log has them)

  /// The columns of the diagnostics table: the seven directions, any other direction seen,
  /// then tied results and pupils without a diagnostic.
  static func directionColumns(_ tally: PathwayTally) -> [String] {
    let known = Direction.all.map(\.rawValue)
    let special = [PathwayTally.tied, PathwayTally.noDiagnostic]
    let others = tally.pupilsByDirection.columnKeys.filter {
      !known.contains($0) && !special.contains($0)
    }
    return known + others + special
  }

  mutating func diagnostics() -> Section {
    let table = protectedTable("diagnostics_by_district")
    let title = { (key: String) -> LocalizedText in
      switch key {
      case PathwayTally.tied: PathwayMessage.tied.text()
      case PathwayTally.noDiagnostic: PathwayMessage.noDiagnostic.text()
      default: Direction(rawValue: key).title
      }
    }
    var blocks = self.blocks(
      published(
        table, caption: .diagnosticsByDistrict, rowHeading: .rowDistrict, row: names.district,
        column: title))
    let rows = (table.rows.indices.map { Optional($0) } + [nil]).map { index in
      let whole = index.map { table.rowTotals[$0] } ?? table.total
      let statuses = index.map { table.cells[$0] } ?? table.columnTotals
      let tested = summedStatus(Array(statuses.dropLast()), minimumCellSize: k)
      return [ReportFigure.count(whole), rate(tested, whole)]
    }
    let coverage = PublishedTable(
      id: "diagnostic_coverage", caption: PathwayMessage.diagnosticCoverage.text(),
      rowHeading: PathwayMessage.rowDistrict.text(),
      rows: table.rows.map { TableLabel($0, names.district($0)) }
        + [TableLabel(Self.total, PathwayMessage.total.text())],
      columns: [
        TableLabel("pupils", PathwayMessage.pupils.text()),
        TableLabel("diagnostic_coverage_share", PathwayMessage.diagnosticCoverage.text()),
      ],
      cells: rows)
    blocks += self.blocks(coverage)
    indicators[.diagnosticCoverage] = coverage.cells.last?[1]
    return Section(
      id: "diagnostics", title: PathwayMessage.diagnosticsSection.text(), blocks: blocks)
  }

  mutating func mentorship() -> Section {
    let mentored = protectedTable("students_mentorship")
    let title = { (key: String) in
      key == "mentored" ? PathwayMessage.mentored.text() : PathwayMessage.unmatched.text()
    }
    var blocks = self.blocks(
      published(
        mentored, caption: .studentsMentored, rowHeading: .rowSpecialty, row: names.specialty,
        column: title))
    let index = mentored.columns.firstIndex(of: "mentored")!
    let coverage = rate(mentored.columnTotals[index], mentored.total)
    blocks.append(
      .table(
        PublishedTable(
          id: "mentor_coverage", caption: PathwayMessage.mentorCoverage.text(),
          rowHeading: PathwayMessage.rowValue.text(),
          rows: [TableLabel(Self.total, PathwayMessage.total.text())],
          columns: [TableLabel("mentor_coverage_share", PathwayMessage.mentorCoverage.text())],
          cells: [[coverage]])))
    let load = protectedTable("mentor_load")
    blocks += self.blocks(
      published(
        load, caption: .mentorLoad, rowHeading: .rowValue,
        row: { _ in PathwayMessage.mentors.text() },
        column: { key in
          let count = key.dropFirst("mentees_".count)
          return PathwayMessage.menteesPerMentor.text([
            "n": count == "4_plus" ? "4+" : String(count)
          ])
        }))
    indicators[.mentorCoverage] = coverage
    return Section(
      id: "mentorship", title: PathwayMessage.mentorshipSection.text(), blocks: blocks)
  }
}
