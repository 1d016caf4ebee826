import JolModel

/// Turns a parsed instrument and its texts into an ``Instrument``, or lists every problem:
/// statements missing or given twice, the folder layout, scales and their letters, item
/// numbering, options and the scoring key, bands covering each scale's range, and the texts
/// of every language (``InstrumentChecker+Texts``).
struct InstrumentChecker {
  var draft: InstrumentDraft
  var errors: [InstrumentError] = []

  /// Checks `draft` with its `texts`; the instrument when nothing is wrong. `syntaxClean`: the
  /// files read without problems (when not, checks that would only echo them are skipped).
  static func check(_ draft: InstrumentDraft, texts: [TextsFile], syntaxClean: Bool)
    -> (Instrument?, [InstrumentError])
  {
    var checker = InstrumentChecker(draft: draft)
    guard let header = checker.header() else { return (nil, checker.errors) }
    checker.folder(header.id, header.version)
    let scales = checker.scaleIndex(code: header.codeLength)
    let items = checker.items(header.response, scales: scales)
    // Ranges and bands follow from the whole key: with an item left out they would only
    // repeat its problem as band errors.
    let built = checker.scales(
      items, header.response, keyComplete: syntaxClean && checker.errors.isEmpty)
    let entries = checker.texts(
      texts, items: items, scales: built, response: header.response,
      structureChecks: syntaxClean && checker.errors.isEmpty)
    guard checker.errors.isEmpty, let entries else { return (nil, checker.errors) }
    let instrument = Instrument(
      id: header.id, version: header.version, ages: header.ages, response: header.response,
      sources: draft.sources, licences: draft.licences,
      missingAllowed: draft.missing?.value ?? 0, prorateLimit: draft.prorate?.value ?? 0,
      flatMargin: draft.flat?.value, codeLength: header.codeLength, scales: built, items: items,
      texts: InstrumentTexts(entries: entries))
    return (instrument, [])
  }

  struct Header {
    var id: String
    var version: Int
    var ages: ClosedRange<Int>
    var response: ResponseFormat
    var codeLength: Int?
  }

  /// The statements every instrument needs, each once.
  private mutating func header() -> Header? {
    func missing(_ word: String) {
      error(draft.firstLine, 1, InstrumentMessage.missingStatement.text(["word": word]))
    }
    if draft.id == nil { missing("instrument") }
    if draft.version == nil { missing("version") }
    if draft.ages == nil { missing("ages") }
    if draft.response == nil { missing("response") }
    if draft.sources.isEmpty { missing("source") }
    if draft.licences.isEmpty { missing("licence") }
    if draft.scales.isEmpty { missing("scale") }
    if draft.items.isEmpty { missing("item") }
    if let prorate = draft.prorate, draft.response?.value == .choice {
      error(prorate.line, prorate.column, InstrumentMessage.prorateOnChoice.text())
    }
    if let code = draft.code, code.value > draft.scales.count {
      error(
        code.line, code.column,
        InstrumentMessage.codeTooLong.text([
          "length": String(code.value), "scales": String(draft.scales.count),
        ]))
    }
    guard let id = draft.id, let version = draft.version, let ages = draft.ages,
      let response = draft.response
    else { return nil }
    return Header(
      id: id.value, version: version.value, ages: ages.value, response: response.value,
      codeLength: draft.code?.value)
  }

  /// An instrument lives in `<id>/<version>/`, so that `ID@VERSION` finds it and a later version
  /// sits beside the earlier ones.
  private mutating func folder(_ id: String, _ version: Int) {
    let parts = draft.file.split(separator: "/").map(String.init)
    guard parts.count >= 3 else {
      return error(
        draft.firstLine, 1,
        InstrumentMessage.folderLayout.text(["id": id, "version": String(version)]))
    }
    if let placed = draft.version, parts[parts.count - 2] != String(version) {
      error(
        placed.line, placed.column,
        InstrumentMessage.versionFolder.text([
          "version": String(version), "folder": parts[parts.count - 2],
        ]))
    }
    if let placed = draft.id, parts[parts.count - 3] != id {
      error(
        placed.line, placed.column,
        InstrumentMessage.idFolder.text(["id": id, "folder": parts[parts.count - 3]]))
    }
  }

  /// Scale ids → indices; a scale given twice, a letter given twice, a letter missing where the
  /// instrument has a code.
  private mutating func scaleIndex(code: Int?) -> [String: Int] {
    var index: [String: Int] = [:]
    var letters: [String: Int] = [:]
    for scale in draft.scales {
      if let first = index[scale.id.value] {
        error(
          scale.id.line, scale.id.column,
          InstrumentMessage.scaleTwice.text([
            "id": scale.id.value, "line": String(draft.scales[first].id.line),
          ]))
        continue
      }
      index[scale.id.value] = index.count
      if let letter = scale.letter {
        if let line = letters[letter.value] {
          error(
            letter.line, letter.column,
            InstrumentMessage.letterTwice.text(["letter": letter.value, "line": String(line)]))
        }
        letters[letter.value] = letter.line
      } else if code != nil {
        error(
          scale.id.line, scale.id.column,
          InstrumentMessage.letterMissing.text(["id": scale.id.value]))
      }
    }
    return index
  }

  private mutating func error(_ line: Int, _ column: Int, _ message: LocalizedText) {
    errors.append(InstrumentError(file: draft.file, line: line, column: column, message: message))
  }

  /// The scale `name` names, or an error at it (with the nearest scale id).
  mutating func scale(_ name: InstrumentDraft.Placed<String>, in index: [String: Int]) -> Int? {
    if let found = index[name.value] { return found }
    let ids = draft.scales.map(\.id.value)
    let hint = InstrumentParser.hint(
      ClosestMatch.suggestion(for: name.value, among: ids), among: ids)
    error(
      name.line, name.column,
      InstrumentMessage.unknownScale.text(["name": name.value, "hint": hint]))
    return nil
  }

  mutating func report(_ line: Int, _ column: Int, _ message: LocalizedText) {
    error(line, column, message)
  }
}
