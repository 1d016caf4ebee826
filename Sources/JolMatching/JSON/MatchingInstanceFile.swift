import JolModel

/// The JSON instance format of `jol match solve` (documented in the README):
///
/// ```json
/// {"students": {"s1": ["m1", "m2"], "s2": ["m1"]},
///  "mentors": {"m1": {"capacity": 1, "ranking": ["s2", "s1"], "enterprise": "e1"},
///              "m2": {"capacity": 2, "ranking": [["s1", 74.5]]}},
///  "enterprises": {"e1": {"capacity": 5}}}
/// ```
///
/// `students` maps each student to the mentors it accepts, best first. `mentors` gives each
/// mentor's `capacity`, `ranking` (best first; a student left out is unacceptable to it) and
/// optional `enterprise`; a ranking of `["id", score]` pairs gives scores (highest first), which
/// become the priorities and the cutoffs. `enterprises` (optional) caps the students over an
/// enterprise's mentors. Read by ``JSONReader``, the one JSON reader; no key is silently ignored.
public enum MatchingInstanceFile {
  public typealias Instance = MatchingInstance<String, String, String>

  /// One problem of a file: the JSON path of the offending element, its line and column when
  /// the JSON itself is at fault, and what is wrong.
  public struct Finding: Sendable {
    public var path: JSONPath
    public var line: Int?
    public var column: Int?
    public var message: LocalizedText

    /// `line:column: path: message`, or `path: message` for a problem of the values.
    public func description(in language: Language) -> String {
      let place = line.map { "\($0):\(column ?? 1): " } ?? ""
      return place + path.description + ": " + message[language]
    }
  }

  /// What reading a file gave: the instance (nil when there are errors) and every finding.
  public struct Read: Sendable {
    public var instance: Instance?
    public var errors: [Finding]
    /// Pairs dropped: a mentor ranks a student who did not list it.
    public var warnings: [Finding]
  }

  /// Reads an instance from the file's bytes: every error is reported (a malformed JSON text
  /// stops at its first error, as nothing after it can be read reliably).
  /// - Complexity: O(n) in the file size, plus ``MatchingInstance/problems``.
  public static func read(_ bytes: [UInt8]) -> Read {
    let start = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
    var parsed: Instance?
    var errors: [Finding] = []
    var malformed = false
    bytes.withUnsafeBytes { buffer in
      var parser = InstanceParser(reader: JSONReader(buffer).reader(at: start..<buffer.count))
      do {
        parsed = try parser.document()
      } catch let error as JSONReadError {
        malformed = true
        let (line, column) = UTF8Validation.lineAndColumn(of: error.offset, in: bytes, from: start)
        parser.errors.append(
          Finding(path: parser.path, line: line, column: column, message: Self.text(of: error)))
      } catch {
        malformed = true
      }
      errors = parser.errors
    }
    guard let instance = parsed, !malformed else {
      return Read(instance: nil, errors: errors, warnings: [])
    }
    var warnings: [Finding] = []
    for problem in instance.problems {
      let finding = Finding(path: instance.jsonPath(of: problem.location), message: problem.message)
      if problem.isWarning { warnings.append(finding) } else { errors.append(finding) }
    }
    return Read(instance: errors.isEmpty ? instance : nil, errors: errors, warnings: warnings)
  }

  private static func text(of error: JSONReadError) -> LocalizedText {
    switch error.reason {
    case .malformed(let expected): MatchingText.malformed.text(["expected": expected])
    default: MatchingText.malformed.text(["expected": error.description])
    }
  }
}
