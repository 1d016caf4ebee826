import JolModel

/// One realistic event of every type, the inputs of the golden files.
enum EventsSamples {
  static func date(_ text: String) -> CivilDate { CivilDate(text)! }
  static func decimal(_ text: String) -> FixedDecimal { FixedDecimal(text)! }

  static let learner = StreamName.learner("L-7F3A9C2B")
  static let recorded = Timestamp("2026-10-15T08:30:00.125Z")!

  /// (file name, stream, event) for every event type.
  static let all: [(name: String, stream: StreamName, event: DomainEvent)] = [
    (
      "learner.registered", learner,
      .learnerRegistered(
        LearnerRegistered(
          school: "KST-SCH-017", grade: 9, className: "Ә", language: .kk, district: "391010000",
          region: "390000000"))
    ),
    ("learner.category_declared", learner, .categoryDeclared(CategoryChange(category: .rural))),
    ("learner.category_ended", learner, .categoryEnded(CategoryChange(category: .lowIncome))),
    (
      "learner.consent_recorded", learner,
      .consentRecorded(ConsentChange(reference: "C-2026-000341"))
    ),
    (
      "learner.consent_withdrawn", learner,
      .consentWithdrawn(ConsentChange(reference: "C-2026-000341"))
    ),
    (
      "learner.diagnostic_completed", learner,
      .diagnosticCompleted(
        DiagnosticCompleted(
          instrument: InstrumentRef(id: "klimov", version: 2),
          answers: ["q01": "a", "q02": "b", "q03": "a", "q04": "b"],
          scores: ["nature": decimal("3"), "technology": decimal("7"), "sign": decimal("5.5")],
          bands: ["nature": "medium", "technology": "pronounced", "sign": "medium"],
          leading: ["technology"], flags: ["missing_answers"],
          leadingDirections: ["engineering"]))
    ),
    (
      "learner.stage_entered", learner,
      .stageEntered(
        StageEntered(
          placement: .college(
            CollegePlacement(
              institution: "KST-COL-03", specialty: SpecialtyCode(rawValue: "07150100"),
              qualification: QualificationCode(rawValue: "4S07150103"), form: .fullTime,
              dualTraining: true,
              funding: .stateOrder,
              language: .ru)),
          reason: .enrolled))
    ),
    ("learner.stage_left", learner, .stageLeft(StageLeft(stage: .school, reason: .graduated))),
    (
      "learner.term_result", learner,
      .termResult(
        TermResult(
          term: "2026-1", institution: "KST-COL-03", gpa: decimal("3.75"),
          attendance: decimal("92.5"),
          grades: [
            SubjectGrade(subject: "mathematics", grade: 4),
            SubjectGrade(subject: "kazakh_language", grade: 5),
            SubjectGrade(subject: "electrical_engineering", grade: 3),
          ]))
    ),
    (
      "learner.mentorship_assigned", learner,
      .mentorshipAssigned(
        MentorshipAssigned(mentor: "M-0042", enterprise: "940140000385", matching: "kst-dual-2026"))
    ),
    (
      "learner.mentorship_ended", learner,
      .mentorshipEnded(MentorshipEnded(mentor: "M-0042", reason: .completed))
    ),
    (
      "learner.award_granted", learner,
      .awardGranted(
        AwardGranted(
          policy: "akim-named-scholarship", policyVersion: 3, round: "akim-named-2026-autumn",
          amount: Money(tenge: 350_000), periodStart: date("2026-09-01"),
          periodEnd: date("2027-06-30")))
    ),
    (
      "learner.award_revoked", learner,
      .awardRevoked(
        AwardRevoked(
          policy: "akim-named-scholarship", round: "akim-named-2026-autumn", reason: "expelled"))
    ),
    (
      "learner.award_paid", learner,
      .awardPaid(
        AwardPaid(
          policy: "akim-named-scholarship", round: "akim-named-2026-autumn",
          amount: Money(tiyn: 3_500_050),
          periodStart: date("2026-09-01"), periodEnd: date("2026-09-30")))
    ),
    ("learner.erased", learner, .learnerErased(LearnerErased(reason: "request R-2026-17"))),
    (
      "institution.registered", .institution("KST-COL-03"),
      .institutionRegistered(
        InstitutionRegistered(
          kind: .college,
          names: OrganisationNames(
            kk: "Қостанай политехникалық колледжі", ru: "Костанайский политехнический колледж"),
          district: "391010000", languages: [.kk, .ru],
          specialties: [SpecialtyOffer(specialty: SpecialtyCode(rawValue: "07150100"), intake: 75)])
      )
    ),
    (
      "institution.capacity_changed", .institution("KST-COL-03"),
      .institutionCapacityChanged(
        CapacityChanged(specialty: SpecialtyCode(rawValue: "07150100"), capacity: 100))
    ),
    (
      "enterprise.registered", .enterprise("940140000385"),
      .enterpriseRegistered(
        EnterpriseRegistered(
          names: OrganisationNames(kk: "\"Сарыарқа Агромаш\" ЖШС", ru: "ТОО \"Сарыарка Агромаш\""),
          district: "391010000", specialties: [SpecialtyCode(rawValue: "07150100")], capacity: 40))
    ),
    (
      "enterprise.capacity_changed", .enterprise("940140000385"),
      .enterpriseCapacityChanged(EnterpriseCapacityChanged(capacity: 55))
    ),
    (
      "enterprise.demand_declared", .enterprise("940140000385"),
      .demandDeclared(
        DemandDeclared(specialty: SpecialtyCode(rawValue: "07150100"), count: 12, year: 2027))
    ),
    (
      "mentor.registered", .mentor("M-0042"),
      .mentorRegistered(
        MentorRegistered(
          enterprise: "940140000385", specialties: [SpecialtyCode(rawValue: "07150100")],
          languages: [.kk, .ru],
          capacity: 3, shift: .day, district: "391010000"))
    ),
    (
      "mentor.capacity_changed", .mentor("M-0042"),
      .mentorCapacityChanged(CapacityChanged(capacity: 2))
    ),
    (
      "policy.published", .policy("akim-named-scholarship"),
      .policyPublished(
        PolicyPublished(
          version: 3,
          text:
            "policy akim-named-scholarship\n  title kk \"Облыс әкімінің атаулы стипендиясы\"\n\trequire gpa >= 3.5\n",
          sha256: "9f2c4e1b7a06d3f85c2e91b0a4d7f36e8c1b5a9d2e4f60718293a4b5c6d7e8f9"))
    ),
    (
      "round.run", .round("akim-named-2026-autumn"),
      .roundRun(
        RoundRun(
          policy: "akim-named-scholarship", policyVersion: 3,
          policySHA256: "9f2c4e1b7a06d3f85c2e91b0a4d7f36e8c1b5a9d2e4f60718293a4b5c6d7e8f9",
          groupSHA256: ["0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"],
          asOf: date("2026-09-01"), logPosition: 1_204_332, seed: "2026-09-01", applicants: 1840,
          awarded: 120, totalAmount: Money(tenge: 42_000_000),
          resultsSHA256: "3e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f")
      )
    ),
    ("round.published", .round("akim-named-2026-autumn"), .roundPublished(RunPublished())),
    (
      "matching.run", .matching("kst-dual-2026"),
      .matchingRun(
        MatchingRun(
          programme: "kst-dual", asOf: date("2026-09-15"), logPosition: 1_300_001,
          seed: "kst-dual-2026",
          students: 410, mentors: 160, assigned: 398, blockingPairs: 0))
    ),
    ("matching.published", .matching("kst-dual-2026"), .matchingPublished(RunPublished())),
    (
      "learner.application_submitted", learner,
      .applicationSubmitted(
        ApplicationSubmitted(
          policy: "dual-training-grant",
          preferences: ["dual-training-grant", "akim-named-scholarship"],
          enterprise: "940140000385", agreement: true, workObligationYears: 3))
    ),
    (
      "learner.mentor_preferences_declared", learner,
      .mentorPreferencesDeclared(
        MentorPreferencesDeclared(
          programme: "kst-dual-2026",
          choices: [.mentor("M-0042"), .enterprise("940140000385")]))
    ),
  ]

  static func payload(_ event: DomainEvent) -> EventPayload {
    EventPayload(
      recordedAt: recorded, effective: date("2026-09-01"), actor: "import:stages.csv", event: event)
  }
}
