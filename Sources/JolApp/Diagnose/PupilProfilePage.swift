import JolDiagnostics
import JolFormat
import JolModel

/// A pupil's profile page of `jol diagnose report`, from the same ``Guidance`` that
/// `jol diagnose recommend` prints: for each instrument's latest result, a bar chart of the
/// scales coloured by band, the bands in words, the leading scales and flags, and the
/// recommended directions with the specialties and colleges and the reason for each; then the
/// note that results guide and never select.
enum PupilProfilePage {
  /// The pupil's section, its tables in `language`; `startsPage` puts it on a new printed page.
  static func section(_ pupil: DiagnosticReport.Pupil, startsPage: Bool, _ language: Language)
    -> ReportSection
  {
    var blocks: [ReportBlock] = []
    for result in pupil.results {
      blocks += self.blocks(result.guidance, result.instrument, language)
    }
    blocks.append(.notice(Guidance.note))
    return ReportSection(
      title: DiagnoseReportText.pupilSection.text([
        "learner": pupil.learner.rawValue, "class": pupil.group ?? "—",
      ]), blocks: blocks, startsPage: startsPage)
  }

  /// One result: heading, chart, bands in words, leading and flags, recommendations.
  static func blocks(_ guidance: Guidance, _ instrument: Instrument, _ language: Language)
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = [
      .heading(
        DiagnoseReportText.resultOf.text([
          "title": guidance.title, "instrument": guidance.instrument.description,
          "date": LocalizedText.each { LocalNumber.date(guidance.date, $0) },
        ])),
      .chart(.bars(chart(guidance, instrument))),
      .definitions(
        guidance.scales.map { scale in
          (scale.name, meaning(scale))
        }),
    ]
    let leading = LocalizedText.each { language in
      guidance.scales.filter { guidance.leading.contains($0.id) }.map { $0.name[language] }
        .joined(separator: ", ")
    }
    blocks.append(.paragraph(DiagnosticsText.leadingLine.text(["list": leading])))
    if !guidance.flagTitles.isEmpty {
      let list = LocalizedText.each { language in
        guidance.flagTitles.map { $0[language] }.joined(separator: "; ")
      }
      blocks.append(.paragraph(DiagnosticsText.flagsLine.text(["list": list])))
    }
    blocks.append(.heading(DiagnoseReportText.recommendedHeading.text()))
    if guidance.directions.isEmpty {
      blocks.append(.paragraph(DiagnoseReportText.noDirections.text()))
    }
    for direction in guidance.directions {
      blocks.append(.paragraph(direction.reason))
      guard !direction.specialties.isEmpty else {
        blocks.append(.paragraph(DiagnosticsText.noCollegeTeaches.text()))
        continue
      }
      var table = DataTable(columns: [
        .init("code", DiagnoseReportText.codeColumn.text()),
        .init("specialty", DiagnoseReportText.specialtyColumn.text()),
        .init("college", DiagnoseReportText.collegeColumn.text()),
      ])
      for specialty in direction.specialties {
        for college in specialty.colleges {
          table.rows.append([
            .string(specialty.code.rawValue), .string(specialty.name[language]),
            .string(college.reason[language]),
          ])
        }
      }
      blocks.append(.table(table, caption: nil))
    }
    return blocks
  }

  /// The scales as bars to their maximum, coloured by band (the legend names the bands of the
  /// instrument's first scale); an insufficient scale is a dashed bar marked `—`.
  static func chart(_ guidance: Guidance, _ instrument: Instrument) -> BarChart {
    let bars = guidance.scales.map { reading in
      let scale = instrument.scales.first { $0.id == reading.id }
      let band = reading.band.flatMap { id in scale?.bands.firstIndex { $0.id == id } }
      return BarChart.Bar(
        label: reading.name,
        amount: reading.score.map(ChartAmount.value) ?? .hidden(symbol: "—"), band: band)
    }
    let legend = instrument.scales.first.map { scale in
      scale.bands.map { instrument.texts.band($0, of: scale) }
    }
    return BarChart(
      title: DiagnoseReportText.chartTitle.text(),
      labelTitle: DiagnoseReportText.scaleColumn.text(),
      valueTitle: DiagnoseReportText.scoreColumn.text(), bars: bars,
      maximum: guidance.scales.map(\.maximum).max().map { FixedDecimal($0) },
      bands: legend ?? [])
  }

  /// «орташа: … қызығушылық орташа …», or insufficient.
  static func meaning(_ scale: ScaleReading) -> LocalizedText {
    guard let band = scale.bandName else { return Profile.insufficientText }
    guard let meaning = scale.meaning else { return band }
    return .each { band[$0] + ": " + meaning[$0] }
  }
}
