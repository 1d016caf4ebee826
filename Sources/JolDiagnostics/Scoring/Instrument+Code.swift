extension Instrument {
  /// The code of a profile: the letters of the leading ``codeLength`` scored scales, highest
  /// first (Holland's `RIA`). Ties are shown, never broken: scales with equal scores are joined
  /// by `=` in instrument order, and a tied group reaching past the last place is listed whole,
  /// so a code may be longer than ``codeLength``:
  ///
  /// - `RIA`: R highest, then I, then A, all different;
  /// - `R=IA`: R and I tied first, A third;
  /// - `RI=A`: R first, I and A tied second (and third);
  /// - `RI=A=S`: R first, then three tied for second and third;
  /// - `R=I=A=S=E=C`: a full tie.
  ///
  /// Nil when the instrument has no code; empty when no scale could be scored. Insufficient
  /// scales take no part.
  public func code(of profile: Profile) -> String? {
    guard let codeLength else { return nil }
    var scored: [(index: Int, score: Int)] = []
    for (index, score) in profile.scores.enumerated() {
      if let score { scored.append((index, score)) }
    }
    // Equal scores keep instrument order.
    scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
    var code = ""
    var taken = 0
    var position = 0
    while position < scored.count && taken < codeLength {
      var group = [scored[position]]
      position += 1
      while position < scored.count && scored[position].score == group[0].score {
        group.append(scored[position])
        position += 1
      }
      code += group.map { scales[$0.index].letter ?? scales[$0.index].id }.joined(separator: "=")
      taken += group.count
    }
    return code
  }
}
