import JolModel

extension PolicyOutlineRenderer {
  /// The labels of the summary.
  struct Words {
    let language: Language
    func word(_ key: OutlineMessage) -> String { key.template[language] }
    var basis: String { word(.basis) }
    var effective: String { word(.effective) }
    var supersedes: String { word(.supersedes) }
    var considers: String { word(.considers) }
    var exclusive: String { word(.exclusive) }
    var parameters: String { word(.parameters) }
    var criteria: String { word(.criteria) }
    var waiver: String { word(.waiver) }
    var enforced: String { word(.enforced) }
    var priority: String { word(.priority) }
    var amount: String { word(.amount) }
    var otherwise: String { word(.otherwise) }
    var round: String { word(.round) }
    var rank: String { word(.rank) }
    var lottery: String { word(.lottery) }
    var seats: String { word(.seats) }
    var budget: String { word(.budget) }
    var reserve: String { word(.reserve) }
    var unusedToGeneral: String { word(.unusedToGeneral) }
    var unusedStays: String { word(.unusedStays) }
    /// "36 of 120 seats"; a quota of 0 seats reads as such.
    func seatCount(_ count: Int, of total: Int) -> String {
      OutlineMessage.seatCount.text(["count": String(count), "total": String(total)], in: language)
    }
    /// "rounded to 1 ₸".
    func roundedTo(_ step: String) -> String {
      OutlineMessage.roundedTo.text(["step": step], in: language)
    }
    func since(_ date: CivilDate) -> String {
      OutlineMessage.since.text(["date": "\(date)"], in: language)
    }
    func consider(_ mode: ConsiderMode) -> String {
      switch mode {
      case .all: word(.considerAll)
      case .applicants: word(.considerApplicants)
      }
    }
  }
}
