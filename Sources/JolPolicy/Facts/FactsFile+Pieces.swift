import Foundation
import JolModel

/// A facts file read in pieces on every core: the file is cut at line ends, each piece's lines
/// are read on their own (a line never depends on another), repeated ids are found on every
/// core (each taking its share of the ids), then one pass over the pieces in order does what a
/// single reader would do line after line — the 100-diagnostic stop — so the facts and
/// diagnostics are the same, in the same order, however many pieces there are.
extension FactsFile {
  /// Bytes below which a piece is not worth a thread of its own.
  static let pieceBytes = 512 * 1024

  /// How many pieces a file of `count` bytes is read in: more than there are cores, so a core
  /// that finishes early takes another, and few enough that each is large.
  static func pieceCount(_ count: Int) -> Int {
    max(1, min(16, count / pieceBytes))
  }

  /// ``parsePieces(_:fileName:categories:)`` with the file cut into `pieces` (1: read in one
  /// piece).
  static func parse(
    _ bytes: [UInt8], fileName: String, categories: Set<String>, pieces: Int
  ) throws(FactsFileError) -> [[Facts]] {
    let first = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
    let ranges = lineAlignedRanges(of: bytes, from: first, pieces: pieces)
    let read = Parallel.map(ranges.count) { index in
      Piece(
        bytes, ranges[index], fileName: fileName,
        tables: FactsLineTables(categories: categories))
    }
    return try join(read, fileName: fileName)
  }

  /// `bytes[start...]` cut into at most `pieces` ranges of about equal size, each but the last
  /// ending just after a line feed; no range is empty.
  static func lineAlignedRanges(of bytes: [UInt8], from start: Int, pieces: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var lower = start
    let size = bytes.count - start
    for index in 1...max(1, pieces) where lower < bytes.count {
      var upper = index == pieces ? bytes.count : start + size * index / pieces
      upper = max(upper, lower)
      while upper < bytes.count && (upper == lower || bytes[upper - 1] != UInt8(ascii: "\n")) {
        upper += 1
      }
      if upper > lower { ranges.append(lower..<upper) }
      lower = upper
    }
    return ranges
  }

  /// The pieces' facts in file order, checked for repeated ids as one reader would.
  /// - Throws: every diagnostic, in line order, stopping after the 100th as a single reader
  ///   does (at a line's error, not at a repeated id or a bad byte).
  private static func join(_ pieces: [Piece], fileName: String) throws(FactsFileError)
    -> [[Facts]]
  {
    var firstLines: [Int] = []
    var line = 1
    for piece in pieces {
      firstLines.append(line)
      line += piece.lineCount
    }
    var repeats = repeatedIDs(pieces, firstLines: firstLines).makeIterator()
    var diagnostics: [Diagnostic] = []
    /// Adds a piece's problem; false when the reading stops there.
    func add(_ problem: Piece.Problem, firstLine: Int) -> Bool {
      var diagnostic = problem.diagnostic
      diagnostic.location.line += firstLine - 1
      diagnostics.append(diagnostic)
      return !(problem.stops && diagnostics.count >= 100)
    }
    var repeated = repeats.next()
    /// Adds the repeated ids found before `line`.
    func addRepeats(before line: Int) {
      while let pending = repeated, pending.line < line {
        diagnostics.append(pending.diagnostic(fileName))
        repeated = repeats.next()
      }
    }
    var stopped = false
    reading: for (piece, firstLine) in zip(pieces, firstLines) {
      for problem in piece.problems {
        addRepeats(before: firstLine + problem.line)
        guard add(problem, firstLine: firstLine) else {
          stopped = true
          break reading
        }
      }
    }
    if !stopped { addRepeats(before: .max) }
    if !diagnostics.isEmpty { throw FactsFileError(diagnostics: diagnostics) }
    return pieces.map(\.facts)
  }
}

extension FactsFile {
  /// A line whose id an earlier line has.
  fileprivate struct Repeat: Sendable {
    var line: Int
    var id: String
    /// The first line with the id.
    var first: Int

    func diagnostic(_ fileName: String) -> Diagnostic {
      Diagnostic(
        SourceLocation(file: fileName, line: line, column: 1), .repeatedID(id, line: first))
    }
  }

  /// Every line whose id an earlier line has, in line order (`firstLines`: each piece's first
  /// line). A file read in pieces has them found in shares on every core: each share takes the
  /// ids whose last byte falls to it, so an id and its repeats meet in one share, which reads
  /// them in the file's order.
  fileprivate static func repeatedIDs(_ pieces: [Piece], firstLines: [Int]) -> [Repeat] {
    let total = pieces.reduce(0) { $0 + $1.facts.count }
    let shares = pieces.count == 1 ? 1 : max(2, min(Parallel.cores, pieces.count))
    let found = Parallel.map(shares) { share in
      var seen: [String: Int] = [:]
      seen.reserveCapacity(total / shares + total / (4 * shares))
      var repeats: [Repeat] = []
      for (piece, firstLine) in zip(pieces, firstLines) {
        // By index: the id is read in place, the learner's facts are not copied.
        for index in piece.facts.indices
        where Int(piece.facts[index].id.utf8.last ?? 0) % shares == share {
          let id = piece.facts[index].id
          let line = firstLine + piece.factLines[index]
          // One hash per id: the line is stored when the id is new, and read back either way.
          let first = { (stored: inout Int) in stored }(&seen[id, default: line])
          if first != line { repeats.append(Repeat(line: line, id: id, first: first)) }
        }
      }
      return repeats
    }
    return found.count == 1 ? found[0] : found.flatMap { $0 }.sorted { $0.line < $1.line }
  }
}

/// What one piece of a facts file reads to, its lines counted from 0 at the piece's start.
private struct Piece {
  /// A line's problem, at its line within the piece.
  struct Problem {
    var line: Int
    /// Placed at line `line + 1`; the join moves it to the file's line.
    var diagnostic: Diagnostic
    /// Whether it counts towards the stop after 100 diagnostics (a bad line does; a bad byte
    /// does not, as a single reader counts them).
    var stops: Bool
  }

  var facts: [Facts] = []
  /// The line of each of ``facts``.
  var factLines: [Int] = []
  /// In line order.
  var problems: [Problem] = []
  /// Lines begun in the piece.
  var lineCount = 0

  init(_ bytes: [UInt8], _ range: Range<Int>, fileName: String, tables: FactsLineTables) {
    // The lines are read through a pointer: every core reads the same file, and a slice of
    // the array would count references on its one shared buffer from each core, many times a
    // line.
    bytes.withUnsafeBufferPointer { buffer in
      read(
        bytes, buffer, range, reader: JSONLineReader(bytes: buffer, file: fileName, tables: tables))
    }
  }

  private mutating func read(
    _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    reader: consuming JSONLineReader
  ) {
    /// The next line end at or after `start`, or the range's end.
    func lineEnd(from start: Int) -> Int {
      memchr(buffer.baseAddress! + start, Int32(UInt8(ascii: "\n")), range.upperBound - start)
        .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress! }
        ?? range.upperBound
    }
    // Room for every line at once: growing the array would move every learner's facts again.
    var lines = 0
    var start = range.lowerBound
    while start < range.upperBound {
      lines += 1
      start = lineEnd(from: start) + 1
    }
    facts.reserveCapacity(lines)
    factLines.reserveCapacity(lines)
    start = range.lowerBound
    var invalid = UTF8Validation.firstInvalidByte(in: bytes, from: start, upTo: range.upperBound)
    var stopping = 0
    while start < range.upperBound {
      let end = lineEnd(from: start)
      reader.begin(line: lineCount + 1, from: start, to: end)
      if let bad = invalid, bad < end {
        problems.append(
          Problem(
            line: lineCount, diagnostic: reader.error(bad, .notUTF8(bytes[bad])), stops: false))
        invalid = UTF8Validation.firstInvalidByte(in: bytes, from: end, upTo: range.upperBound)
      } else if !reader.isBlank {
        // Read in place, into the array's next slot: a learner's facts are a few hundred
        // bytes, and returning them would copy them twice.
        facts.append(Facts(id: ""))
        do {
          try reader.readFacts(into: &facts[facts.count - 1])
          factLines.append(lineCount)
        } catch {
          facts.removeLast()
          problems.append(Problem(line: lineCount, diagnostic: error, stops: true))
          // The whole file stops at its 100th such line at the latest: no need to read on.
          stopping += 1
          if stopping >= 100 { return }
        }
      }
      start = end + 1
      lineCount += 1
    }
  }
}

extension Diagnostic.Message {
  fileprivate static func repeatedID(_ id: String, line: Int) -> Self {
    FactsMessage.repeatedID.text(["id": id, "line": String(line)])
  }
}
