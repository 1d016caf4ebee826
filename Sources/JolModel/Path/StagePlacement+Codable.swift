/// Flat encoding: the `stage` key beside the details of that stage, so an event reads
/// `{"stage":"college","institution":"KST-COL-01","specialty":"07150100",…}`.
extension StagePlacement: Codable {
  private enum CodingKeys: String, CodingKey { case stage }

  public init(from decoder: any Decoder) throws {
    let stage = try decoder.container(keyedBy: CodingKeys.self).decode(Stage.self, forKey: .stage)
    switch stage {
    case .school: self = .school(try SchoolPlacement(from: decoder))
    case .college: self = .college(try CollegePlacement(from: decoder))
    case .enterprise: self = .enterprise(try EnterprisePlacement(from: decoder))
    case .university: self = .university(try UniversityPlacement(from: decoder))
    case .outside: self = .outside(try OutsidePlacement(from: decoder))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(stage, forKey: .stage)
    switch self {
    case .school(let details): try details.encode(to: encoder)
    case .college(let details): try details.encode(to: encoder)
    case .enterprise(let details): try details.encode(to: encoder)
    case .university(let details): try details.encode(to: encoder)
    case .outside(let details): try details.encode(to: encoder)
    }
  }
}
