extension Instrument {
  /// Scores one answer sheet: each scale's score and band, the leading scales and the flags.
  ///
  /// - A choice item adds the chosen option's weight to the option's scale; an unanswered one
  ///   adds nothing (choice instruments are not prorated: `missing` in the file says how many
  ///   may be unanswered at all).
  /// - A rating item adds its rating times its weight to its scale. When some of a scale's
  ///   items are unanswered, at most ``prorateLimit`` of them, the scale's score is prorated:
  ///   `round(sum × W / Wa)`, with `W` the summed weight of the scale's items and `Wa` that of
  ///   the answered ones, rounded half up (`(2·sum·W + Wa) / (2·Wa)` in integers) — with equal
  ///   weights, `sum × items / answered`. More unanswered make the scale insufficient: no score,
  ///   no band; it takes no part in the leading scales, the code or the flat-profile flag.
  /// - Leading: every scored scale at the highest score (ties kept, never broken).
  /// - Flags: ``ProfileFlags/missingAnswers`` when any item is unanswered;
  ///   ``ProfileFlags/straightLining`` when every item is answered and all answers are equal;
  ///   ``ProfileFlags/flatProfile`` when the instrument has a `flat` margin, at least two scales
  ///   are scored and the highest and lowest differ by at most the margin;
  ///   ``ProfileFlags/insufficientScales`` when a scale is insufficient.
  ///
  /// An answer outside its item's options or rating range counts as unanswered (the answer
  /// readers never produce one).
  /// - Precondition: the sheet has one answer per item.
  /// - Complexity: O(items + scales), integer tables only.
  public func score(_ sheet: AnswerSheet) -> Profile {
    precondition(sheet.answers.count == items.count, "a sheet of another instrument")
    let count = scales.count
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * count) { buffer in
      buffer.initialize(repeating: 0)
      // Per scale: points, answered weight and answered items.
      let sums = buffer.baseAddress!
      let answeredWeight = sums + count
      let answeredItems = sums + 2 * count
      var missing = 0
      let first: Int8 = sheet.answers.first ?? AnswerSheet.missing
      var allEqual = true
      key.scale.withUnsafeBufferPointer { scale in
        key.weight.withUnsafeBufferPointer { weight in
          sheet.answers.withUnsafeBufferPointer { answers in
            for item in 0..<answers.count {
              let answer = answers[item]
              if answer != first { allEqual = false }
              if key.isChoice {
                guard answer >= 0, Int32(answer) < key.optionCount[item] else {
                  missing += 1
                  continue
                }
                let slot = item * key.stride + Int(answer)
                sums[Int(scale[slot])] += Int(weight[slot])
              } else {
                let s = Int(scale[item])
                guard answer >= 0, Int(answer) >= key.ratingLow, Int(answer) <= key.ratingHigh
                else {
                  missing += 1
                  continue
                }
                let w = Int(weight[item])
                sums[s] += Int(answer) * w
                answeredWeight[s] += w
                answeredItems[s] += 1
              }
            }
          }
        }
      }
      var scores = [Int?](repeating: nil, count: count)
      var bands = [Int?](repeating: nil, count: count)
      var highest = Int.min
      var lowest = Int.max
      for s in 0..<count {
        var score = sums[s]
        if !key.isChoice {
          let unanswered = Int(key.scaleItems[s]) - answeredItems[s]
          if unanswered > prorateLimit || answeredItems[s] == 0 { continue }
          if unanswered > 0 {
            let total = Int(key.scaleWeight[s])
            let answered = answeredWeight[s]
            score = (2 * score * total + answered) / (2 * answered)
          }
        }
        scores[s] = score
        let offset = max(0, score - Int(key.low[s]))
        bands[s] = Int(key.band[Int(key.bandStart[s]) + offset])
        highest = max(highest, score)
        lowest = min(lowest, score)
      }
      var leading: [Int] = []
      var scored = 0
      for s in 0..<count where scores[s] != nil {
        scored += 1
        if scores[s] == highest { leading.append(s) }
      }
      var flags: ProfileFlags = []
      if missing > 0 { flags.insert(.missingAnswers) }
      if missing == 0 && allEqual && sheet.answers.count > 1 { flags.insert(.straightLining) }
      if let flatMargin, scored >= 2, highest - lowest <= flatMargin { flags.insert(.flatProfile) }
      if scored < count { flags.insert(.insufficientScales) }
      return Profile(scores: scores, bands: bands, leading: leading, flags: flags, missing: missing)
    }
  }
}
