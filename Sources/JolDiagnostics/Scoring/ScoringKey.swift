/// An instrument's scoring key as flat integer tables, so scoring a sheet is array indexing and
/// additions only: no dictionaries, no strings.
struct ScoringKey: Sendable {
  /// Whether answers are option indices (choice) or rating values.
  let isChoice: Bool
  /// The widest item's option count: a choice item's row in the option tables.
  let stride: Int
  /// Choice: the scale of option `o` of item `i` at `i * stride + o`; -1 past an item's options.
  /// Rating: the scale of item `i` at `i`.
  let scale: [Int32]
  /// The weights, laid out as ``scale``.
  let weight: [Int32]
  /// How many options item `i` has (choice), for checking an answer.
  let optionCount: [Int32]
  /// Rating: the lowest and highest value.
  let ratingLow: Int
  let ratingHigh: Int
  /// Rating: the summed weight of each scale's items, for proration.
  let scaleWeight: [Int32]
  /// Rating: how many items each scale has.
  let scaleItems: [Int32]
  /// Scale `s`, score `v`: the band index at `bandStart[s] + v - low[s]`.
  let band: [Int8]
  let bandStart: [Int32]
  let low: [Int32]

  init(response: ResponseFormat, scales: [Scale], items: [Item]) {
    let stride = max(1, items.map(\.options.count).max() ?? 1)
    var scale: [Int32] = []
    var weight: [Int32] = []
    var scaleWeight = [Int32](repeating: 0, count: scales.count)
    var scaleItems = [Int32](repeating: 0, count: scales.count)
    switch response {
    case .choice:
      isChoice = true
      ratingLow = 0
      ratingHigh = 0
      scale = [Int32](repeating: -1, count: items.count * stride)
      weight = [Int32](repeating: 0, count: items.count * stride)
      for (i, item) in items.enumerated() {
        for (o, option) in item.options.enumerated() {
          scale[i * stride + o] = Int32(option.scale)
          weight[i * stride + o] = Int32(option.weight)
        }
      }
    case .rating(let values):
      isChoice = false
      ratingLow = values.lowerBound
      ratingHigh = values.upperBound
      for item in items {
        let s = item.scale ?? 0
        scale.append(Int32(s))
        weight.append(Int32(item.weight))
        scaleWeight[s] += Int32(item.weight)
        scaleItems[s] += 1
      }
    }
    var band: [Int8] = []
    var bandStart: [Int32] = []
    for scaleValue in scales {
      bandStart.append(Int32(band.count))
      for score in scaleValue.range {
        band.append(Int8(scaleValue.bands.firstIndex { $0.range.contains(score) } ?? -1))
      }
    }
    self.stride = stride
    self.scale = scale
    self.weight = weight
    self.optionCount = items.map { Int32($0.options.count) }
    self.scaleWeight = scaleWeight
    self.scaleItems = scaleItems
    self.band = band
    self.bandStart = bandStart
    self.low = scales.map { Int32($0.range.lowerBound) }
  }
}
