/// Where a learner's stage history puts them on a date: the period on it and, at college or in
/// the workplace part of dual training, the college period of the programme followed.
///
/// It holds the history alone (one array, shared, not copied) and the positions in it, so that a
/// report reading a million learners reads each one's placement without copying their states
/// (``FactSource`` reads the placement through it).
public struct StageOnDate: Sendable {
  /// The learner's stage periods, in order of their start.
  public let history: [StagePeriod]
  /// The date read.
  public let date: CivilDate
  /// The position in ``history`` of ``period`` and of ``programme``.
  private let periodIndex: Int?
  private let programmeIndex: Int?

  /// Finds the period on `date` and its programme.
  /// - Complexity: O(periods).
  public init(_ history: [StagePeriod], on date: CivilDate) {
    self.history = history
    self.date = date
    periodIndex = history.lastIndex { $0.contains(date) }
    programmeIndex = periodIndex.flatMap { Self.programme(continuedBy: $0, in: history) }
  }

  /// The stage period on the date.
  public var period: StagePeriod? { periodIndex.map { history[$0] } }

  /// The college period of the programme followed on the date: ``period`` itself at college, or,
  /// during the workplace part of dual training at an enterprise, the college period that
  /// placement continues (dual training is a way of training a college's students, so they
  /// stay its students: same stage, funding, form and course). Nil otherwise.
  public var programme: StagePeriod? { programmeIndex.map { history[$0] } }

  /// The placement on the date.
  public var placement: StagePlacement? { periodIndex.map { history[$0].placement } }

  /// The stage on the date: a dual placement at an enterprise is still the college stage.
  public var stage: Stage? { programmeIndex != nil ? .college : placement?.stage }

  /// The school placement on the date.
  public var school: SchoolPlacement? {
    if case .school(let school)? = placement { return school }
    return nil
  }

  /// The college placement of the programme followed on the date (see ``programme``).
  public var college: CollegePlacement? {
    guard let programmeIndex, case .college(let college) = history[programmeIndex].placement
    else { return nil }
    return college
  }

  /// Whether the learner trains dually on the date: a dual enrolment, or a dual placement at an
  /// enterprise. Nil without a placement.
  public var dualTraining: Bool? {
    switch placement {
    case .college(let college)?: college.dualTraining
    case .enterprise(let enterprise)?: enterprise.kind == .dualTraining
    case nil: nil
    default: false
    }
  }

  /// The enterprise placement on the date.
  public var enterprise: EnterprisePlacement? {
    if case .enterprise(let enterprise)? = placement { return enterprise }
    return nil
  }

  /// The institution of the placement on the date (school, college or university).
  public var institution: InstitutionID? {
    if let college { return college.institution }
    switch placement {
    case .school(let school)?: return school.institution
    case .university(let university)?: return university.institution
    default: return nil
    }
  }

  /// Year of study at college on the date: academic years (from 1 September) since the
  /// learner entered the current college programme, following corrections at the same
  /// college; 1 in the first year, at most 6.
  public var course: Int? {
    guard let programmeStart else { return nil }
    return Facts.course(since: programmeStart, on: date)
  }

  /// The first day of the programme followed on the date: the run of college periods at the
  /// same institution, with the dual placements between them, that ends with ``programme``. A
  /// change of form or funding starts a new period but not a new programme. Nil outside college.
  public var programmeStart: CivilDate? {
    guard let programmeIndex else { return nil }
    guard case .college(let college) = history[programmeIndex].placement else {
      return history[programmeIndex].from
    }
    var index = programmeIndex
    var start = index
    while index > 0, history[index - 1].until == history[index].from {
      index -= 1
      switch history[index].placement {
      case .college(let previous) where previous.institution == college.institution:
        start = index
      case .enterprise(let enterprise) where enterprise.kind == .dualTraining: continue
      default: return history[start].from
      }
    }
    return history[start].from
  }

  /// The college period the period at `index` belongs to: itself at college; for a dual
  /// placement at an enterprise, the college period it directly follows (through earlier dual
  /// placements); nil for any other period. Positions in `history`.
  public static func programme(continuedBy index: Int, in history: [StagePeriod]) -> Int? {
    var index = index
    while true {
      switch history[index].placement {
      case .college: return index
      case .enterprise(let enterprise) where enterprise.kind == .dualTraining:
        guard index > 0, history[index - 1].until == history[index].from else { return nil }
        index -= 1
      default: return nil
      }
    }
  }
}
