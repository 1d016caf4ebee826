// What the state keeps of recorded results so that an import recognises them again from the
// snapshot, without reading the log: a digest of each diagnostic's raw answers (in
// `DiagnosticSummary.answers`) and of each term's latest results (`RecordedTerm`).

/// A term's results as last recorded for a learner: the digest of the latest
/// `learner.term_result` of that term, whatever its effective date.
public struct RecordedTerm: Hashable, Codable, Sendable {
  /// The term, `YYYY-N`.
  public var term: String
  /// ``TermResult/digest`` of the results recorded last.
  public var digest: ContentDigest
  /// The global sequence of that record: a later record of the term replaces it, in whichever
  /// order the events are folded.
  public var sequence: UInt64

  /// The record of `term`'s results of digest `digest`, recorded at `sequence`.
  public init(term: String, digest: ContentDigest, sequence: UInt64) {
    self.term = term
    self.digest = digest
    self.sequence = sequence
  }
}

extension DiagnosticCompleted {
  /// The digest of the raw answers (``DiagnosticCompleted/digest(of:)``).
  public var answersDigest: ContentDigest { Self.digest(of: answers) }

  /// The digest of raw answers (item number → answer): the sum of each answer's digest, so the
  /// dictionary's order does not matter and nothing is sorted, with their number written last.
  /// - Complexity: O(total length of the answers).
  public static func digest(of answers: [String: String]) -> ContentDigest {
    let items = ContentDigest.sum(
      answers.lazy.map { item, answer in
        ContentDigest { encoder in
          encoder.string(item)
          encoder.string(answer)
        }
      })
    return ContentDigest { encoder in
      encoder.count(answers.count)
      encoder.int(Int64(bitPattern: items.high))
      encoder.int(Int64(bitPattern: items.low))
    }
  }
}

extension TermResult {
  /// The digest of every field: equal for equal results (grades are kept in subject order).
  public var digest: ContentDigest {
    ContentDigest { encoder in
      encoder.string(term)
      encoder.string(institution?.rawValue)
      encoder.int(gpa.units)
      encoder.int(attendance.units)
      encoder.count(grades.count)
      for grade in grades {
        encoder.string(grade.subject)
        encoder.count(grade.grade)
      }
    }
  }
}

extension LearnerState {
  /// Whether a result of `instrument` taken on `date` with these raw answers is recorded.
  /// The answers are digested only when a result of that instrument and date is there.
  /// - Complexity: O(number of the learner's diagnostics + length of the answers).
  public func hasDiagnostic(
    _ instrument: InstrumentRef, on date: CivilDate, answers: [String: String]
  ) -> Bool {
    let candidates = diagnostics.lazy.filter { $0.date == date && $0.instrument == instrument }
    guard !candidates.isEmpty else { return false }
    let digest = DiagnosticCompleted.digest(of: answers)
    return candidates.contains { $0.answers == digest }
  }

  /// The record of a term's latest results, if the term has any.
  /// - Complexity: O(log number of terms).
  public func recordedTerm(_ term: String) -> RecordedTerm? {
    let index = termIndex(term)
    return index < terms.count && terms[index].term.utf8.elementsEqual(term.utf8)
      ? terms[index] : nil
  }

  /// Keeps `result` as its term's latest results when recorded after the one held.
  mutating func recordTerm(_ result: TermResult, sequence: UInt64) {
    let record = RecordedTerm(term: result.term, digest: result.digest, sequence: sequence)
    let index = termIndex(result.term)
    if index < terms.count && terms[index].term.utf8.elementsEqual(result.term.utf8) {
      if terms[index].sequence <= sequence { terms[index] = record }
    } else {
      terms.insert(record, at: index)
    }
  }

  /// The position of `term` in ``terms`` (sorted by the terms' UTF-8 bytes), or where it goes.
  private func termIndex(_ term: String) -> Int {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      if terms[middle].term.utf8.lexicographicallyPrecedes(term.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}
