import JolFormat
import JolModel

/// The cluster passport as published for the akimat: its eleven sections, and its KPIs each
/// beside the value the pathway report computed from the log on the report's date, the path to
/// its targets and its status (``KPIStatus``). Values come through the pathway report's
/// disclosure control, so a withheld one stays withheld ("not published").
///
/// ```swift
/// let pathways = try PathwayReport(state: state, scope: scope, logPosition: 42, names: names)
/// let report = PassportReport(passport: passport, pathways: pathways, names: names)
/// let page = report.document(.kk).html(.kk)
/// ```
public struct PassportReport: Sendable {
  public var passport: ClusterPassport
  /// The region-wide pathway report whose figures the KPIs take, with the passport attached.
  public var pathways: PathwayReport
  public var results: [KPIResult]
  let names: PathwayNames

  public init(passport: ClusterPassport, pathways: PathwayReport, names: PathwayNames) {
    self.passport = passport
    self.pathways = pathways.with(passport: passport)
    results = pathways.kpiResults(passport)
    self.names = names
  }

  /// The header: the pathway report's (date, cohort, log position, policies, the passport's
  /// version, minimum cell size) with the region.
  public var header: [(term: LocalizedText, value: LocalizedText)] {
    [(PassportMessage.region.text(), passport.region.name)] + pathways.header
  }

  /// A participant's title, by its id in the passport.
  func participantTitle(_ id: String) -> LocalizedText {
    passport.participants.first { $0.id == id }?.title ?? .same(id)
  }

  static func kindTitle(_ kind: ParticipantKind) -> LocalizedText {
    switch kind {
    case .college: PassportMessage.kindCollege.text()
    case .enterprise: PassportMessage.kindEnterprise.text()
    case .university: PassportMessage.kindUniversity.text()
    case .research: PassportMessage.kindResearch.text()
    case .stateBody: PassportMessage.kindStateBody.text()
    }
  }

  static func sectionTitle(_ section: PassportSection) -> LocalizedText {
    let title: PassportMessage =
      switch section {
      case .name: .sectionName
      case .participants: .sectionParticipants
      case .legal: .sectionLegal
      case .geography: .sectionGeography
      case .strategy: .sectionStrategy
      case .specialisations: .sectionSpecialisations
      case .actionPlan: .sectionActionPlan
      case .innovation: .sectionInnovation
      case .funding: .sectionFunding
      case .infrastructure: .sectionInfrastructure
      case .monitoring: .sectionMonitoring
      }
    return PassportMessage.numbered.text([
      "number": String(section.number), "title": title.text(),
    ])
  }

  /// The years any funding source plans an amount for, in order.
  var fundingYears: [Int] {
    Set(passport.fundingSources.flatMap { $0.amounts.map(\.year) }).sorted()
  }

  /// A KPI's value with its unit and year, for a reader: `65 % (2027)`.
  static func point(_ point: KPI.Point, _ unit: KPIUnit, _ language: Language) -> String {
    "\(LocalNumber.decimal(point.value, language)) \(unit.title[language]) (\(point.year))"
  }
}
