import JolModel

extension InstrumentChecker {
  /// Every text id the instrument needs (``InstrumentTexts``), with the place in the instrument
  /// file that defines it, in file order.
  func requiredTexts(items: [Item], scales: [Scale], response: ResponseFormat)
    -> [(id: String, line: Int, column: Int)]
  {
    var ids: [(String, Int, Int)] = []
    let top = (draft.id?.line ?? draft.firstLine, draft.id?.column ?? 1)
    ids.append(("title", top.0, top.1))
    ids.append(("instructions", top.0, top.1))
    if case .rating(let values) = response, let placed = draft.response {
      for value in values {
        ids.append((InstrumentTexts.ratingID(value), placed.line, placed.column))
      }
    }
    for scale in draft.scales where scales.contains(where: { $0.id == scale.id.value }) {
      ids.append((InstrumentTexts.scaleID(scale.id.value), scale.id.line, scale.id.column))
      for band in scale.bands {
        let place = (band.id.line, band.id.column)
        ids.append((InstrumentTexts.bandID(scale.id.value, band.id.value), place.0, place.1))
        ids.append((InstrumentTexts.meaningID(scale.id.value, band.id.value), place.0, place.1))
      }
    }
    for item in draft.items {
      switch response {
      case .choice:
        for option in item.options {
          ids.append(
            (
              InstrumentTexts.optionID(item.number.value, option.id.value), option.id.line,
              option.id.column
            ))
        }
      case .rating:
        ids.append(
          (InstrumentTexts.itemID(item.number.value), item.number.line, item.number.column))
      }
    }
    return ids
  }

  /// The texts by id in every language, when each of kk, ru and en has exactly the ids the
  /// instrument needs: a missing text is reported where the instrument defines the id, an extra
  /// one where the language file has it (only when the structure checks: an id of a line with
  /// a problem would look extra), with the nearest id the language lacks, else the nearest id.
  mutating func texts(
    _ files: [TextsFile], items: [Item], scales: [Scale], response: ResponseFormat,
    structureChecks: Bool
  ) -> [String: LocalizedText]? {
    let required = requiredTexts(items: items, scales: scales, response: response)
    let requiredIDs = Set(required.map(\.id))
    var byLanguage: [Language: [String: String]] = [:]
    for file in files {
      var texts: [String: String] = [:]
      let present = Set(file.entries.map(\.id))
      let lacking = required.map(\.id).filter { !present.contains($0) }
      for entry in file.entries {
        texts[entry.id] = entry.text
        if structureChecks && !requiredIDs.contains(entry.id) {
          let near =
            ClosestMatch.suggestion(for: entry.id, among: lacking)
            ?? ClosestMatch.suggestion(for: entry.id, among: required.map(\.id))
          let hint = near.map { InstrumentMessage.didYouMean.text(["near": $0]) } ?? .same("")
          errors.append(
            InstrumentError(
              file: file.file, line: entry.line, column: entry.column,
              message: InstrumentMessage.extraText.text(["id": entry.id, "hint": hint])))
        }
      }
      byLanguage[file.language] = texts
    }
    let name = draft.file.split(separator: "/").dropLast().joined(separator: "/")
    for language in Language.allCases {
      let path = (name.isEmpty ? "" : name + "/") + language.rawValue + ".texts"
      guard let texts = byLanguage[language] else {
        report(
          draft.id?.line ?? draft.firstLine, draft.id?.column ?? 1,
          InstrumentMessage.noTextsFile.text(["file": path]))
        continue
      }
      for (id, line, column) in required where texts[id] == nil {
        report(line, column, InstrumentMessage.missingText.text(["id": id, "file": path]))
      }
    }
    guard Language.allCases.allSatisfy({ byLanguage[$0] != nil }) else { return nil }
    var entries: [String: LocalizedText] = [:]
    for (id, _, _) in required {
      guard let kk = byLanguage[.kk]?[id], let ru = byLanguage[.ru]?[id],
        let en = byLanguage[.en]?[id]
      else { continue }
      entries[id] = LocalizedText(kk: kk, ru: ru, en: en)
    }
    return entries
  }
}
