import JolModel

/// Reads and checks the crosswalk files (`*.crosswalk`) of `Policies/diagnostics/crosswalk/`.
/// Pure: the caller reads the files. Every problem is an error at its file, line and column;
/// a crosswalk with one is not used.
///
/// ```
/// instrument five-types
///   scale nature      agriculture medicine_social
///   scale technology  engineering transport
/// direction engineering
///   specialty 07150500   # Сварочное дело
/// ```
///
/// Checks: every statement known and in its place; an instrument that is loaded, mapped once,
/// each of its scales (of every version) given at least one direction, no scale unknown or
/// given twice; directions among ``Direction/all`` (aliases such as `medicine` are read as the
/// direction they name); each direction's block given once; each specialty code known to the
/// classifier (its message names the nearest code), listed once, and under the direction the
/// classifier gives it.
public enum CrosswalkLoader {
  /// The crosswalk of `files`, or every problem, sorted by file, line and column.
  /// - Parameter unusable: ids of instruments whose files have errors of their own: their
  ///   blocks are not checked (their errors are reported where they are, not here again).
  public static func load(
    _ files: [(path: String, text: String)], instruments: [Instrument],
    unusable: Set<String> = [], classifier: SpecialtyClassifier
  ) -> Result<Crosswalk, InstrumentErrors> {
    var reader = Reader(instruments: instruments, classifier: classifier)
    reader.unusable = unusable
    for file in files { reader.read(file.text, file: file.path) }
    guard reader.errors.isEmpty else {
      return .failure(InstrumentErrors(errors: reader.errors.sorted()))
    }
    return .success(Crosswalk(scales: reader.scales, specialties: reader.specialties))
  }

  /// The statements of a crosswalk file, for messages.
  static let topStatements = ["instrument", "direction"]

  private struct Reader {
    let instruments: [Instrument]
    let classifier: SpecialtyClassifier
    var unusable: Set<String> = []
    var errors: [InstrumentError] = []
    var scales: [String: [String: [Direction]]] = [:]
    var specialties: [Direction: [SpecialtyCode]] = [:]
    /// Where each instrument, scale, direction block and specialty was first given.
    var places: [String: String] = [:]

    init(instruments: [Instrument], classifier: SpecialtyClassifier) {
      self.instruments = instruments
      self.classifier = classifier
    }

    /// The block an indented line belongs to.
    enum Block {
      case none
      /// An instrument block: its id and the scales of all its versions (nil when unknown).
      case instrument(String, [String]?, line: Int, column: Int)
      case direction(Direction?)
    }

    mutating func read(_ text: String, file: String) {
      let (lines, lexical) = SourceLines.split(text, file: file)
      errors += lexical
      var block = Block.none
      for line in lines {
        let head = line.tokens[0]
        func error(_ token: SourceLine.Token, _ message: LocalizedText) {
          errors.append(
            InstrumentError(file: file, line: line.number, column: token.column, message: message))
        }
        if !line.isIndented {
          finish(block, file: file)
          switch head.text {
          case "instrument":
            guard line.tokens.count == 2 else {
              error(head, Self.shape("instrument", "instrument ID"))
              block = .none
              continue
            }
            let id = line.tokens[1]
            let versions = instruments.filter { $0.id == id.text }
            if versions.isEmpty && !unusable.contains(id.text) {
              let ids = Array(Set(instruments.map(\.id))).sorted()
              error(
                id,
                CrosswalkMessage.unknownInstrument.text([
                  "id": id.text, "list": ids.joined(separator: ", "),
                ]))
            } else if let first = places["instrument " + id.text] {
              error(id, CrosswalkMessage.givenTwice.text(["word": id.text, "place": first]))
            }
            places["instrument " + id.text] =
              places["instrument " + id.text] ?? Self.place(file, line)
            var names: [String] = []
            for scale in versions.flatMap(\.scales) where !names.contains(scale.id) {
              names.append(scale.id)
            }
            block = .instrument(
              id.text, versions.isEmpty ? nil : names, line: line.number, column: id.column)
            if !versions.isEmpty && scales[id.text] == nil { scales[id.text] = [:] }
          case "direction":
            guard line.tokens.count == 2 else {
              error(head, Self.shape("direction", "direction ID"))
              block = .none
              continue
            }
            let word = line.tokens[1]
            let direction = Self.direction(word.text)
            if direction == nil { error(word, Self.unknownDirection(word.text)) }
            if let direction {
              if let first = places["direction " + direction.rawValue] {
                error(word, CrosswalkMessage.givenTwice.text(["word": word.text, "place": first]))
              } else {
                places["direction " + direction.rawValue] = Self.place(file, line)
                specialties[direction] = []
              }
            }
            block = .direction(direction)
          default:
            error(
              head,
              CrosswalkMessage.unknownStatement.text([
                "word": head.text, "list": CrosswalkLoader.topStatements.joined(separator: ", "),
              ]))
            block = .none
          }
          continue
        }
        switch block {
        case .none:
          error(head, CrosswalkMessage.indentedOutsideBlock.text())
        case .instrument(let id, let names, _, _):
          guard head.text == "scale" else {
            error(
              head, CrosswalkMessage.unknownStatement.text(["word": head.text, "list": "scale"]))
            continue
          }
          guard line.tokens.count >= 2 else {
            error(head, Self.shape("scale", "scale ID DIRECTION…"))
            continue
          }
          let scale = line.tokens[1]
          if line.tokens.count == 2 {
            error(scale, CrosswalkMessage.noDirection.text(["scale": scale.text]))
          }
          var directions: [Direction] = []
          for word in line.tokens.dropFirst(2) {
            guard let direction = Self.direction(word.text) else {
              error(word, Self.unknownDirection(word.text))
              continue
            }
            if !directions.contains(direction) { directions.append(direction) }
          }
          guard let names else { continue }
          guard names.contains(scale.text) else {
            error(
              scale,
              CrosswalkMessage.unknownScale.text([
                "instrument": id, "scale": scale.text, "list": names.joined(separator: ", "),
              ]))
            continue
          }
          let key = "scale \(id) \(scale.text)"
          if let first = places[key] {
            error(scale, CrosswalkMessage.givenTwice.text(["word": scale.text, "place": first]))
            continue
          }
          places[key] = Self.place(file, line)
          if !directions.isEmpty { scales[id, default: [:]][scale.text] = directions }
        case .direction(let direction):
          guard head.text == "specialty" else {
            error(
              head,
              CrosswalkMessage.unknownStatement.text(["word": head.text, "list": "specialty"]))
            continue
          }
          guard line.tokens.count == 2 else {
            error(head, Self.shape("specialty", "specialty CODE"))
            continue
          }
          let code = line.tokens[1]
          let specialty: Specialty
          do {
            specialty = try classifier.specialty(code.text)
          } catch {
            errors.append(
              InstrumentError(
                file: file, line: line.number, column: code.column, message: error.reason))
            continue
          }
          guard let direction else { continue }
          if specialty.direction != direction {
            error(
              code,
              CrosswalkMessage.wrongDirection.text([
                "code": code.text, "name": specialty.name, "actual": specialty.direction.title,
                "block": direction.title,
              ]))
            continue
          }
          let key = "specialty \(direction.rawValue) \(code.text)"
          if let first = places[key] {
            error(code, CrosswalkMessage.givenTwice.text(["word": code.text, "place": first]))
            continue
          }
          places[key] = Self.place(file, line)
          specialties[direction, default: []].append(specialty.code)
        }
      }
      finish(block, file: file)
    }

    /// At the end of an instrument block: every scale must have been mapped.
    mutating func finish(_ block: Block, file: String) {
      guard case .instrument(let id, let names?, let line, let column) = block else { return }
      let missing = names.filter { places["scale \(id) \($0)"] == nil }
      guard !missing.isEmpty else { return }
      errors.append(
        InstrumentError(
          file: file, line: line, column: column,
          message: CrosswalkMessage.unmappedScales.text([
            "instrument": id, "list": missing.joined(separator: ", "),
          ])))
    }

    /// The direction an id names (`medicine` and `social` are read as `medicine_social`).
    static func direction(_ word: String) -> Direction? {
      let id = word.lowercased()
      if id == "medicine" || id == "social" { return .medicineSocial }
      return Direction.all.first { $0.rawValue == id }
    }

    static func unknownDirection(_ word: String) -> LocalizedText {
      CrosswalkMessage.unknownDirection.text([
        "word": word, "list": Direction.all.map(\.rawValue).joined(separator: ", "),
      ])
    }

    static func shape(_ word: String, _ shape: String) -> LocalizedText {
      CrosswalkMessage.expectedWords.text(["word": word, "shape": shape])
    }

    static func place(_ file: String, _ line: SourceLine) -> String { "\(file):\(line.number)" }
  }
}
