import JolModel

extension InstrumentChecker {
  /// The scales with their ranges (from the key) and bands: every scale scored by some item,
  /// its bands in ascending order covering its range exactly, band ids unique within it. When
  /// the key is incomplete (an item had problems), ranges are not checked.
  mutating func scales(_ items: [Item], _ response: ResponseFormat, keyComplete: Bool) -> [Scale] {
    var result: [Scale] = []
    var seen: Set<String> = []
    for scale in draft.scales where seen.insert(scale.id.value).inserted {
      // Indices are those of the scale index: first occurrences, in file order.
      guard keyComplete else {
        result.append(
          Scale(id: scale.id.value, letter: scale.letter?.value, range: 0...0, bands: []))
        continue
      }
      guard let range = Self.range(of: seen.count - 1, items, response) else {
        report(
          scale.id.line, scale.id.column, InstrumentMessage.scaleUnused.text(["id": scale.id.value])
        )
        continue
      }
      result.append(
        Scale(
          id: scale.id.value, letter: scale.letter?.value, range: range,
          bands: bands(of: scale, covering: range)))
    }
    return result
  }

  /// The lowest and highest score of scale `index` on a complete sheet; nil when no item
  /// scores on it.
  static func range(of index: Int, _ items: [Item], _ response: ResponseFormat) -> ClosedRange<Int>?
  {
    var low = 0
    var high = 0
    var used = false
    for item in items {
      switch response {
      case .choice:
        // One option per item is chosen: the scale gets at most its best option's weight, and
        // nothing when another option is chosen.
        let weights = item.options.filter { $0.scale == index }.map(\.weight)
        guard let best = weights.max() else { continue }
        used = true
        high += best
        if weights.count == item.options.count { low += weights.min() ?? 0 }
      case .rating(let values):
        guard item.scale == index else { continue }
        used = true
        low += values.lowerBound * item.weight
        high += values.upperBound * item.weight
      }
    }
    return used ? low...high : nil
  }

  private mutating func bands(
    of scale: InstrumentDraft.ScaleDraft, covering range: ClosedRange<Int>
  )
    -> [Band]
  {
    guard !scale.bands.isEmpty else {
      report(
        scale.id.line, scale.id.column,
        InstrumentMessage.noBands.text([
          "id": scale.id.value, "low": String(range.lowerBound), "high": String(range.upperBound),
        ]))
      return []
    }
    var ids: [String: Int] = [:]
    var next = range.lowerBound
    for band in scale.bands {
      if let line = ids[band.id.value] {
        report(
          band.id.line, band.id.column,
          InstrumentMessage.bandTwice.text(["id": band.id.value, "line": String(line)]))
      }
      ids[band.id.value] = band.id.line
      let value = band.range.value
      if value.lowerBound != next || value.upperBound > range.upperBound {
        report(
          band.range.line, band.range.column,
          InstrumentMessage.bandsDoNotTile.text([
            "scale": scale.id.value, "band": band.id.value,
            "range": "\(value.lowerBound)..\(value.upperBound)", "from": String(next),
            "low": String(range.lowerBound), "high": String(range.upperBound),
          ]))
      }
      next = value.upperBound + 1
    }
    if next <= range.upperBound, let last = scale.bands.last {
      report(
        last.range.line, last.range.column,
        InstrumentMessage.bandsEndEarly.text([
          "scale": scale.id.value, "from": String(next), "high": String(range.upperBound),
        ]))
    }
    return scale.bands.map { Band(id: $0.id.value, range: $0.range.value) }
  }
}
