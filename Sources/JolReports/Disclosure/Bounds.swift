/// An interval of whole numbers a reader can place a hidden count in; `upper` nil when unbounded.
struct Bounds: Equatable {
  var lower: Int
  var upper: Int?

  var isSingle: Bool { upper == lower }

  func intersection(_ other: Bounds) -> Bounds {
    let upper: Int? =
      switch (self.upper, other.upper) {
      case (nil, let bound), (let bound, nil): bound
      case (let a?, let b?): min(a, b)
      }
    return Bounds(lower: max(lower, other.lower), upper: upper)
  }

  /// What `line` alone says of `cell` given the others' bounds: a part is the whole less the
  /// other parts; the whole is the sum of the parts.
  static func implied(for cell: Int, by line: LinkedCells.Line, _ bounds: [Bounds]) -> Bounds {
    if cell == line.whole {
      var upper: Int? = 0
      var lower = 0
      for part in line.parts {
        lower += bounds[part].lower
        upper = upper.flatMap { sum in bounds[part].upper.map { sum + $0 } }
      }
      return Bounds(lower: lower, upper: upper)
    }
    // cell = whole − Σ other parts.
    var othersLower = 0
    var othersUpper: Int? = 0
    for part in line.parts where part != cell {
      othersLower += bounds[part].lower
      othersUpper = othersUpper.flatMap { sum in bounds[part].upper.map { sum + $0 } }
    }
    let whole = bounds[line.whole]
    return Bounds(
      lower: max(0, othersUpper.map { whole.lower - $0 } ?? 0),
      upper: whole.upper.map { $0 - othersLower })
  }
}
