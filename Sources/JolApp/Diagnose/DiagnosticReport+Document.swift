import JolDiagnostics
import JolFormat
import JolModel

extension DiagnosticReport {
  /// The report as blocks for HTML and Markdown, its table cells in `language`. A school or
  /// class report is its summary, one section per instrument, then every pupil's profile (in
  /// HTML each on its own printed page); a learner report is the profile. The note that results
  /// guide and never select opens the summary and closes every profile page.
  func document(_ language: Language) -> ReportDocument {
    switch subject {
    case .learner:
      return ReportDocument(
        title: DiagnoseReportText.profileTitle.text(), header: header,
        sections: pupils.map { PupilProfilePage.section($0, startsPage: false, language) })
    case .school(_, _, let group):
      var sections = summaries.map { summarySection($0.instrument, $0.summary, language) }
      sections[0].blocks.insert(
        contentsOf: [
          .notice(Guidance.note), .note(DiagnoseReportText.notForPublication.text()),
        ], at: 0)
      sections += pupils.map { PupilProfilePage.section($0, startsPage: true, language) }
      return ReportDocument(
        title: (group == nil ? DiagnoseReportText.schoolTitle : .classTitle).text(),
        header: header, sections: sections)
    }
  }

  /// What the report is of: the school and class, or the learner; the date; the pupils.
  private var header: [(term: LocalizedText, value: LocalizedText)] {
    var header: [(term: LocalizedText, value: LocalizedText)] = []
    switch subject {
    case .school(let school, let names, let group):
      let name = LocalizedText.each { language in
        guard let names else { return school.rawValue }
        return school.rawValue + " — " + (language == .kk ? names.kk : names.ru)
      }
      header.append((DiagnoseReportText.schoolTerm.text(), name))
      header.append(
        (DiagnoseReportText.classTerm.text(), group.map(LocalizedText.same) ?? allClasses))
    case .learner(let learner):
      header.append((DiagnoseReportText.learnerColumn.text(), .same(learner.rawValue)))
      if let group = pupils.first?.group {
        header.append((DiagnoseReportText.classTerm.text(), .same(group)))
      }
    }
    header.append(
      (DiagnoseReportText.asOfTerm.text(), .each { LocalNumber.date(asOf, $0) }))
    if !isProfile {
      header.append(
        (DiagnoseReportText.pupilsTerm.text(), .each { LocalNumber.integer(pupils.count, $0) }))
    }
    return header
  }

  private var allClasses: LocalizedText { DiagnoseReportText.allClasses.text() }

  /// One instrument's summary: leading scales, bands, flagged pupils, changes.
  private func summarySection(
    _ instrument: Instrument, _ summary: ClassSummary, _ language: Language
  ) -> ReportSection {
    let title = instrument.texts.title
    var blocks: [ReportBlock] = [
      .table(
        Self.leadingTable(instrument, summary, language),
        caption: DiagnoseReportText.leadingCaption.text()),
      .table(
        Self.bandsTable(instrument, summary, language),
        caption: DiagnoseReportText.bandsCaption.text()),
      .heading(DiagnoseReportText.flaggedHeading.text()),
    ]
    if summary.flagged.isEmpty {
      blocks.append(.paragraph(DiagnoseReportText.noFlagged.text()))
    } else {
      var table = DataTable(columns: [
        .init("learner", DiagnoseReportText.learnerColumn.text()),
        .init("class", DiagnoseReportText.classColumn.text()),
        .init("flags", DiagnoseReportText.flagsColumn.text()),
      ])
      for pupil in summary.flagged {
        table.rows.append([
          .string(pupil.learner.rawValue), .string(pupil.group),
          .string(Self.flagTitles(pupil.flags).map { $0[language] }.joined(separator: "; ")),
        ])
      }
      blocks.append(.table(table, caption: nil))
    }
    blocks.append(.heading(DiagnoseReportText.changesHeading.text()))
    guard summary.compared > 0 else {
      blocks.append(.paragraph(DiagnoseReportText.noPrevious.text()))
      return ReportSection(title: title, blocks: blocks)
    }
    blocks.append(
      .definitions([
        (
          DiagnoseReportText.comparedTerm.text(),
          .each { LocalNumber.integer(summary.compared, $0) }
        ),
        (
          DiagnoseReportText.changedTerm.text(),
          .each { LocalNumber.integer(summary.changes.count, $0) }
        ),
      ]))
    if !summary.changes.isEmpty {
      blocks.append(.table(Self.changesTable(summary, language), caption: nil))
    }
    blocks.append(.note(DiagnoseReportText.changesNote.text()))
    return ReportSection(title: title, blocks: blocks)
  }
}
