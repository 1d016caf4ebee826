import Foundation
import JolDiagnostics
import JolModel

/// The instruments shipped in the repository's `Policies/diagnostics/`, read as `jol` reads them.
enum ShippedInstruments {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The files of `Policies/diagnostics/<id>/<version>/`, by their `Policies/…` paths.
  static func files(_ id: String, version: Int = 1) throws -> (
    instrument: (path: String, text: String), texts: [(path: String, text: String)]
  ) {
    let folder = "Policies/diagnostics/\(id)/\(version)"
    func read(_ name: String) throws -> (path: String, text: String) {
      let path = folder + "/" + name
      return (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
    }
    return (
      try read("\(id).instrument"), try ["kk.texts", "ru.texts", "en.texts"].map(read)
    )
  }

  static func load(_ id: String) throws -> Instrument {
    let (instrument, texts) = try files(id)
    return try InstrumentLoader.load(instrument: instrument, texts: texts).get()
  }

  static var fiveTypes: Instrument { get throws { try load("five-types") } }
  static var riasec: Instrument { get throws { try load("riasec-60") } }
}

extension InstrumentErrors: CustomStringConvertible {
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension Instrument {
  /// The scores by scale id (nil for insufficient).
  func scores(_ profile: Profile) -> [String: Int?] {
    Dictionary(uniqueKeysWithValues: scales.indices.map { (scales[$0].id, profile.scores[$0]) })
  }

  /// The sheet `text` as `parseAnswers` reads it, with no problems.
  func sheet(_ text: String) -> AnswerSheet {
    let (sheet, problems) = parseAnswers(text)
    precondition(problems.isEmpty, "\(problems)")
    return sheet
  }
}
