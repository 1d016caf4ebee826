import Foundation
import JolModel
import Testing

@testable import JolApp

/// Rows are read on every core, in pieces: the result must be the one reading row after row
/// gives — the same records, errors, warnings and notices, in the same order — wherever the
/// pieces happen to end.
@Suite struct ImportParallelReadTests {
  @Test func piecesJoinInOrder() {
    for count in [0, 1, 255, 256, 1_000, 10_007] {
      let pieces = Parallel.map(slicing: 0..<count, minimumPiece: 10) { Array($0) }
      #expect(pieces.flatMap { $0 } == Array(0..<count))
      if count >= 1_000 && Parallel.cores > 1 {
        #expect(pieces.count > 1)
      }
    }
  }

  /// A roster of learners where rows spread over the file have errors (a bad IIN, an unknown
  /// language), warnings (a birth date unlike the IIN's) and notices (an old district code).
  static func roster(rows: Int) -> String {
    var generator = SyntheticGenerator(seed: 21)
    let region = generator.region(learners: rows)
    // Columns as `SyntheticCSV.roster` writes them: IIN first, language 7th, district 8th,
    // birth date 12th; with commas, no field of it is quoted.
    let writer = CSVWriter(
      delimiter: .comma, lineEnding: .lf, writesByteOrderMark: false, escapesFormulas: false)
    var lines = SyntheticCSV(writer: writer).roster(region.learners)
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    for line in 1..<lines.count {
      if line % 97 == 0 { lines[line][0] = "123" }
      if line % 89 == 0 { lines[line][6] = "xx" }
      if line % 83 == 0 {
        // An old code of the 2022 reform, with the region it is in now.
        lines[line][7] = "632800000"
        lines[line][8] = "10"
      }
      if line % 79 == 0 { lines[line][11] = "01.01.1990" }
    }
    return lines.map { $0.joined(separator: ",") }.joined(separator: "\n")
  }

  @Test func readingOnEveryCoreIsReadingRowAfterRow() throws {
    let table = try CSVReader.parse(Self.roster(rows: 3_000), fileName: "roster.csv")
    let rows = try table.bind(columns: LearnerImport.columns)
    var base = ImportBase(effective: CivilDate("2026-09-01")!, classifier: nil)
    base.kato = KATOTable.builtIn
    var progress: [Int] = []
    let all = Importer.readAll(rows, by: LearnerImport(), base: base) { progress.append($0) }
    let alone = Importer.read(rows[...], by: LearnerImport(), base: base)
    #expect(progress.isEmpty)  // fewer rows than a progress line is for
    #expect(!alone.errors.isEmpty && !alone.warnings.isEmpty && !alone.notices.isEmpty)
    #expect(all.errors == alone.errors)
    #expect(all.warnings == alone.warnings)
    #expect(all.notices == alone.notices)
    #expect(all.records.map { $0.1.line } == alone.records.map { $0.1.line })
    #expect(all.records.map { $0.0.row } == alone.records.map { $0.0.row })
  }
}
