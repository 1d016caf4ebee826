import Foundation
import Testing

/// Golden files for text a person reads (explanations, listings, outlines): the text must equal
/// `Golden/NAME` beside this file, byte for byte. After a deliberate change, rewrite them with
/// `JOL_UPDATE_GOLDEN=1 swift test --filter NAME-OF-SUITE` and read the diff before committing.
enum GoldenFile {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Expects `text` to equal the golden file `name`; records an issue showing the first line
  /// that differs. With `JOL_UPDATE_GOLDEN=1`, writes `text` as the golden file instead.
  static func expect(
    _ text: String, equals name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["JOL_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no golden file \(name): write it with JOL_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    guard golden != text else { return }
    let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expected.count, actual.count)
    Issue.record(
      """
      \(name) differs at line \(line + 1):
        golden: \(line < expected.count ? String(expected[line]) : "(end)")
        actual: \(line < actual.count ? String(actual[line]) : "(end)")
      """, sourceLocation: sourceLocation)
  }
}
