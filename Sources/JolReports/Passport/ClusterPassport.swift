import JolModel

/// The region's cluster passport (`Policies/reporting/<region>.passport`), checked: the eleven
/// sections regions are asked to fill, texts in kk, ru and en, specialties and districts checked
/// against the reference data, and monitoring KPIs that each name a figure the pathway report
/// computes (``Indicator``). Read with ``PassportParser``; rendered with its KPIs' values by
/// ``PassportReport``. `Policies/reporting/README.md` describes the file for methodologists.
public struct ClusterPassport: Hashable, Sendable {
  /// The passport's id (`kostanay-cluster`), named with its version in report headers.
  public var id: String
  /// Raised by the region at each revision; reports name it.
  public var version: Int
  /// The region the cluster works in.
  public var region: Region
  /// A notice shown first when the passport is not a region's own (the shipped sample).
  public var notice: LocalizedText?
  /// Free paragraphs of each section (`text` lines), by section.
  public var paragraphs: [PassportSection: [LocalizedText]] = [:]

  /// §1: the cluster's name.
  public var name: LocalizedText
  /// §2: founders and participants.
  public var participants: [Participant]
  /// §3: legal status.
  public var legalStatus: LocalizedText
  /// §3: the documents the cluster rests on.
  public var legalBasis: [LocalizedText]
  /// §4: the districts (KATO) the cluster covers.
  public var districts: [String]
  /// §5: the goals, each measured by KPIs of §11.
  public var goals: [Goal]
  /// §6: the specialties the cluster trains for (TVET classifier).
  public var specialisations: [Specialisation]
  /// §7: the action plan.
  public var measures: [Measure]
  /// §9: funding sources.
  public var fundingSources: [FundingSource]
  /// §11: where the KPI list comes from.
  public var kpiSource: LocalizedText?
  /// §11: the monitoring KPIs.
  public var kpis: [KPI]

  /// A founder or participant of the cluster.
  public struct Participant: Hashable, Sendable {
    /// Its id in the passport (an institution's code, `akimat`), named by measures.
    public var id: String
    public var kind: ParticipantKind
    /// Whether it founded the cluster (a `founder` line), not only joined it.
    public var isFounder: Bool
    public var title: LocalizedText
    public var role: LocalizedText
    public var commitments: [LocalizedText]
  }

  /// A goal of the strategy.
  public struct Goal: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// The KPIs (§11) whose targets are the goal's numeric targets.
    public var kpis: [String]
  }

  /// A specialty the cluster trains for.
  public struct Specialisation: Hashable, Sendable {
    public var specialty: SpecialtyCode
    public var note: LocalizedText?
  }

  /// A measure of the action plan.
  public struct Measure: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    public var deadline: CivilDate
    /// Participants' ids.
    public var responsible: [String]
    /// Expected results.
    public var results: [LocalizedText]
  }

  /// A source of the cluster's funding, with the amounts planned by year.
  public struct FundingSource: Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// Tenge planned per year, in year order.
    public var amounts: [Amount]

    /// Tenge in a year.
    public struct Amount: Hashable, Sendable {
      public var year: Int
      public var money: Money
    }
  }
}

/// The kinds of cluster participants the passport form names.
public enum ParticipantKind: String, CaseIterable, Hashable, Sendable {
  case college
  case enterprise
  case university
  /// A research organisation.
  case research
  /// An akimat, a ministry's body, a state agency.
  case stateBody = "state_body"
}

/// The eleven sections of the passport, in the form's order; the raw value is the section's
/// keyword in the file.
public enum PassportSection: String, CaseIterable, Hashable, Sendable {
  case name
  case participants
  case legal
  case geography
  case strategy
  case specialisations
  case actionPlan = "action_plan"
  case innovation
  case funding
  case infrastructure
  case monitoring

  /// The section's number on the form (1–11).
  public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }
}
