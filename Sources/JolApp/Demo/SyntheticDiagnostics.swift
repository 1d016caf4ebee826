import JolDiagnostics
import JolModel

/// The sample region's career-diagnostic answer sheets, written as `jol diagnose score` (and
/// `jol import diagnostics --instrument ID`) read them: a `pupil` column (the IIN) and an
/// `answers` column (`1a 2b …`, `1:4 2:0 …`, unanswered items left out), one file an
/// instrument. The answers come from ``SyntheticGenerator/answerSheets(count:key:seed:)`` under
/// the shipped instrument's own key (`Policies/diagnostics/`, built in).
enum SyntheticDiagnostics {
  /// The instruments the pupils of grades 7–9 take.
  static let instruments = ["five-types", "riasec-60"]

  /// The file of each instrument: (instrument id, file name, text).
  /// - Complexity: O(pupils × items).
  static func files(_ region: SyntheticRegion, seed: UInt64, csv: SyntheticCSV) -> [(
    instrument: String, name: String, text: String
  )] {
    instruments.enumerated().map { number, id in
      let instrument = builtIn(id)
      // Each instrument its own stream of draws, so adding one changes no other's answers.
      let sheets = SyntheticGenerator.answerSheets(
        count: region.diagnosticPupils.count, key: key(instrument),
        seed: seed &* 0x9E37_79B9 &+ UInt64(number + 1))
      let rows = zip(region.diagnosticPupils, sheets).map { pupil, answers in
        [
          region.learners[pupil].person.iin.value,
          instrument.answerText(AnswerSheet(answers: answers)),
        ]
      }
      return (
        id, "diagnostics-\(id).csv",
        csv.text([AnswerSheetFile.pupil, AnswerSheetFile.answers], rows)
      )
    }
  }

  /// Which scale each answer of `instrument` feeds.
  static func key(_ instrument: Instrument) -> SyntheticAnswerKey {
    let items: SyntheticAnswerKey.Items =
      switch instrument.response {
      case .choice: .choice(instrument.items.map { $0.options.map(\.scale) })
      case .rating(let range): .rating(scales: instrument.items.map { $0.scale ?? 0 }, range: range)
      }
    return SyntheticAnswerKey(
      scales: instrument.scales.count, items: items, missingAllowed: instrument.missingAllowed)
  }

  /// The shipped instrument `id` (its latest version), as built into Jol.
  static func builtIn(_ id: String) -> Instrument {
    let folder = BuiltInPolicies.files.filter { $0.path.hasPrefix("diagnostics/\(id)/") }
    let latest = folder.map { $0.path.split(separator: "/")[2] }.max { Int($0)! < Int($1)! }
    let files = folder.filter { $0.path.split(separator: "/")[2] == latest }
    guard let instrument = files.first(where: { $0.path.hasSuffix(".instrument") }),
      case .success(let loaded) = InstrumentLoader.load(
        instrument: (instrument.path, instrument.text),
        texts: files.filter { $0.path.hasSuffix(".texts") }.map { ($0.path, $0.text) })
    else { preconditionFailure("the built-in instrument \(id) is checked by its tests") }
    return loaded
  }
}
