import JolModel

extension InstrumentChecker {
  /// The items in number order: numbered 1…N without gaps or repeats, each answered as the
  /// instrument's response format says, every option's scale known. Items with problems are
  /// left out (the instrument is not built anyway).
  mutating func items(_ response: ResponseFormat, scales index: [String: Int]) -> [Item] {
    var byNumber: [Int: Item] = [:]
    var lines: [Int: Int] = [:]
    for draftItem in draft.items {
      let number = draftItem.number
      if let line = lines[number.value] {
        report(
          number.line, number.column,
          InstrumentMessage.itemTwice.text(["number": String(number.value), "line": String(line)]))
        continue
      }
      lines[number.value] = number.line
      if let item = item(draftItem, response, index) { byNumber[number.value] = item }
    }
    if let last = draft.items.max(by: { $0.number.value < $1.number.value }) {
      let gaps = (1...last.number.value).filter { lines[$0] == nil }
      if !gaps.isEmpty {
        report(
          last.number.line, last.number.column,
          InstrumentMessage.itemsNotNumbered.text([
            "missing": gaps.map(String.init).joined(separator: ", "),
            "last": String(last.number.value),
          ]))
      }
    }
    return byNumber.keys.sorted().compactMap { byNumber[$0] }
  }

  private mutating func item(
    _ draftItem: InstrumentDraft.ItemDraft, _ response: ResponseFormat, _ index: [String: Int]
  ) -> Item? {
    let number = draftItem.number
    switch response {
    case .choice:
      if let scale = draftItem.scale {
        report(scale.line, scale.column, InstrumentMessage.scaleOnChoiceItem.text())
        return nil
      }
      guard draftItem.options.count >= 2 else {
        report(
          number.line, number.column,
          InstrumentMessage.tooFewOptions.text(["number": String(number.value)]))
        return nil
      }
      var options: [Option] = []
      var seen: [String: Int] = [:]
      for option in draftItem.options {
        if let line = seen[option.id.value] {
          report(
            option.id.line, option.id.column,
            InstrumentMessage.optionTwice.text(["id": option.id.value, "line": String(line)]))
          continue
        }
        seen[option.id.value] = option.id.line
        guard let scale = scale(option.scale, in: index) else { continue }
        options.append(Option(id: option.id.value, scale: scale, weight: option.weight))
      }
      guard options.count == draftItem.options.count else { return nil }
      return Item(number: number.value, options: options, scale: nil, weight: 1)
    case .rating:
      if let option = draftItem.options.first {
        report(option.id.line, option.id.column, InstrumentMessage.optionOnRatingItem.text())
        return nil
      }
      guard let name = draftItem.scale else {
        report(
          number.line, number.column,
          InstrumentMessage.ratingItemScale.text(["number": String(number.value)]))
        return nil
      }
      guard let scale = scale(name, in: index) else { return nil }
      return Item(number: number.value, options: [], scale: scale, weight: draftItem.weight)
    }
  }
}
