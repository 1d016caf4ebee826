import Foundation
import JolModel
import Testing

@testable import JolApp

/// The sample region's spreadsheets: reproducible, one IIN per learner, headers of the import
/// columns.
@Suite struct SampleRegionTests {
  @Test func everyIINIsUniqueBeyondTenThousandLearners() throws {
    let region = SampleRegion.generate(learners: 12_000)
    let roster = try #require(region.files.first { $0.kind == "learners" })
    let iins = roster.text.split(whereSeparator: \.isNewline).dropFirst().map {
      String($0.prefix { $0.isNumber })
    }
    #expect(iins.count >= 12_000)
    #expect(Set(iins).count == iins.count, "repeated IINs")
    #expect(iins.allSatisfy { if case .success = IIN.parse($0) { true } else { false } })
  }

  @Test func theSameSeedWritesByteIdenticalFiles() {
    let first = SampleRegion.generate(learners: 400, seed: 9)
    let second = SampleRegion.generate(learners: 400, seed: 9)
    #expect(first.files.map(\.text) == second.files.map(\.text))
    #expect(first.brokenRoster == second.brokenRoster)
    #expect(first.featured == second.featured)
    let other = SampleRegion.generate(learners: 400, seed: 10)
    #expect(first.files.map(\.text) != other.files.map(\.text))
  }

  /// Each file's header row binds to its import's columns: no header is unknown, and every
  /// required column is present.
  @Test func everyHeaderIsAnImportColumn() throws {
    let columns: [String: [CSVColumn]] = [
      "institutions": ImportColumns.Institutions.all, "learners": ImportColumns.Learners.all,
      "stages": ImportColumns.Stages.all, "grades": ImportColumns.Grades.all,
      "demand": ImportColumns.Demand.all,
      "applications": ImportColumns.Applications.all,
      "mentors": ImportColumns.Mentors.all,
      "mentor-preferences": ImportColumns.MentorPreferences.all,
    ]
    for file in SampleRegion.generate(learners: 40).files {
      let known = try #require(columns[file.kind])
      let header = file.text.drop { $0 == "\u{FEFF}" }.prefix { !$0.isNewline }
      let names = header.split(separator: ";").map(String.init)
      for name in names {
        #expect(
          known.contains { $0.name == name || $0.aliases.contains(name) },
          "\(file.name): unknown header \(name)")
      }
      for column in known where column.isRequired {
        #expect(
          names.contains { $0 == column.name || column.aliases.contains($0) },
          "\(file.name): no \(column.name) column")
      }
    }
  }
}
