import JolModel

/// A monitoring KPI of the cluster passport (§11): a figure the pathway report computes
/// (``Indicator``), in its unit, with a baseline and a short-term (1–3 years after the baseline)
/// and a long-term (5–10 years after) target. Every ``Indicator`` is higher-is-better, so a
/// checked KPI's targets never fall: baseline ≤ short-term ≤ long-term.
public struct KPI: Hashable, Sendable {
  /// Its id in the passport (`employment`), named by goals.
  public var id: String
  public var metric: Indicator
  public var unit: KPIUnit
  /// The KPI's own title; the metric's when nil.
  public var customTitle: LocalizedText?
  public var baseline: Point
  public var shortTerm: Point
  public var longTerm: Point

  /// A value in a year: measured (the baseline) or to be reached by the end of the year.
  public struct Point: Hashable, Sendable {
    public var year: Int
    public var value: FixedDecimal

    public init(year: Int, value: FixedDecimal) {
      self.year = year
      self.value = value
    }

    /// The day the point stands for: 31 December of its year.
    public var date: CivilDate { CivilDate(year: year, month: 12, day: 31)! }
  }

  public init(
    id: String, metric: Indicator, unit: KPIUnit, customTitle: LocalizedText? = nil,
    baseline: Point, shortTerm: Point, longTerm: Point
  ) {
    self.id = id
    self.metric = metric
    self.unit = unit
    self.customTitle = customTitle
    self.baseline = baseline
    self.shortTerm = shortTerm
    self.longTerm = longTerm
  }

  /// The KPI's title: its own, else its metric's.
  public var title: LocalizedText { customTitle ?? metric.title }

  /// Years after the baseline a short-term target may be set for.
  public static let shortTermYears = 1...3
  /// Years after the baseline a long-term target may be set for.
  public static let longTermYears = 5...10
}

/// The unit of a KPI's values.
public enum KPIUnit: String, CaseIterable, Hashable, Sendable {
  /// A share, 0–100.
  case percent
  /// A count of learners, whole.
  case learners

  /// `value` rounded half away from zero to the unit's precision: a tenth of a percent, a whole
  /// learner.
  public func rounded(_ value: FixedDecimal) -> FixedDecimal {
    let step = self == .percent ? FixedDecimal.scale / 10 : FixedDecimal.scale
    let (quotient, remainder) = value.units.quotientAndRemainder(dividingBy: step)
    let carry = remainder.magnitude * 2 >= step.magnitude ? (value.units < 0 ? -1 : 1) : 0
    return FixedDecimal(units: (quotient + Int64(carry)) * step)
  }

  /// The unit's symbol after a value.
  public var title: LocalizedText {
    switch self {
    case .percent: .same("%")
    case .learners: PassportMessage.unitLearners.text()
    }
  }
}

extension Indicator {
  /// The unit the report computes the figure in.
  public var unit: KPIUnit {
    switch self {
    case .collegeLearners, .awardRecipients: .learners
    default: .percent
    }
  }

  /// The figure's name in every language.
  public var title: LocalizedText {
    switch self {
    case .collegeLearners: PassportMessage.metricCollegeLearners.text()
    case .grade9ToCollege: PassportMessage.metricGrade9ToCollege.text()
    case .completion: PassportMessage.metricCompletion.text()
    case .employment: PassportMessage.metricEmployment.text()
    case .employmentInSpecialty: PassportMessage.metricEmploymentInSpecialty.text()
    case .dualTraining: PassportMessage.metricDualTraining.text()
    case .targetedOrder: PassportMessage.metricTargetedOrder.text()
    case .mentorCoverage: PassportMessage.metricMentorCoverage.text()
    case .diagnosticCoverage: PassportMessage.metricDiagnosticCoverage.text()
    case .awardRecipients: PassportMessage.metricAwardRecipients.text()
    }
  }
}
