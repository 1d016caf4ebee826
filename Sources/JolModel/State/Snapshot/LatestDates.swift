/// How many learners have their latest event on each date (``LearnerState/latestEffective``),
/// as a snapshot records it beside its tables: what a command reads, without the learners, to
/// tell how many of them the state as of a date would have to fold anew
/// (``ClusterState/restrict(asOf:events:limit:readOrder:learnersReadAtOnce:minimumPiece:)``).
public struct LatestDates: Hashable, Sendable {
  /// The dates, ascending, each with the learners whose latest event is on it.
  public private(set) var dates: [CivilDate] = []
  public private(set) var learners: [Int] = []

  /// The dates of `state`'s learners.
  public init(_ state: ClusterState) {
    var counts: [CivilDate: Int] = [:]
    state.forEachLearner { learner in
      if let date = learner.latestEffective { counts[date, default: 0] += 1 }
    }
    for date in counts.keys.sorted() {
      dates.append(date)
      learners.append(counts[date]!)
    }
  }

  /// The learners with an event dated after `date`.
  public func learners(datedAfter date: CivilDate) -> Int {
    var total = 0
    for index in dates.indices.reversed() {
      guard dates[index] > date else { break }
      total += learners[index]
    }
    return total
  }

  func write(to w: inout SnapshotWriter) {
    w.count(dates.count)
    for index in dates.indices {
      w.date(dates[index])
      // A number, not a count of things that follow (``SnapshotReader/count()``).
      w.varint(UInt64(learners[index]))
    }
  }

  init(reading r: inout SnapshotReader) throws(SnapshotError) {
    let count = try r.count()
    for _ in 0..<count {
      let date = try r.date()
      guard dates.last.map({ $0 < date }) ?? true else {
        throw r.malformed("the learners' latest dates, ascending")
      }
      guard let number = Int(exactly: try r.varint()) else {
        throw r.malformed("a number of learners")
      }
      dates.append(date)
      learners.append(number)
    }
  }
}
