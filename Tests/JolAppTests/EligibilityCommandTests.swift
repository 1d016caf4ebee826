import Foundation
import JolModel
import JolPolicy
import Testing

@testable import JolApp

/// A temporary data directory populated by appending events through ``Store`` directly, and
/// a vault of synthetic people: the inputs of eligibility and round tests.
struct DecideFixture {
  let data: String
  let policies: String

  /// An empty data directory deciding by `policies` (the repository's by default).
  init(policies: String = repositoryRoot + "/Policies") throws {
    data = try temporaryDirectory("jol-decide") + "/data"
    self.policies = policies
  }

  var context: Context {
    let console = Console(
      writeOut: { _ in }, writeError: { _ in }, environment: [:], now: { 1_795_928_400 },
      workingDirectory: "/")
    return Context(
      console: console, language: .en, dataDirectory: data, policiesDirectory: policies)
  }

  /// Runs `jol` on this directory with `--data` and `--policies`, in English.
  func jol(_ arguments: [String]) -> JolOutput {
    runJol(arguments + ["--data", data, "--policies", policies, "--lang", "en"])
  }

  func append(_ drafts: [EventDraft]) throws {
    let store = try Store.openForWriting(context)
    try store.append([drafts])
  }

  /// Registers a college student (entered 2025-09-01, welding, full-time, state order unless
  /// given) with a last term (2026-06-25) and, when given, an application to `appliedTo` on
  /// `appliedOn` (`application`, when given, is the event recorded); returns the IIN the vault
  /// holds for them.
  @discardableResult
  func collegeStudent(
    _ id: String, serial: Int, gpa: String?, attendance: String = "95", lowest: Int = 5,
    categories: [JolModel.Category] = [], birth: String = "2008-03-15",
    form: StudyForm = .fullTime, dualTraining: Bool = false, funding: Funding = .stateOrder,
    qualification: String = "4S07150301", entered: String = "2025-09-01",
    appliedTo: PolicyID? = "akim-named-scholarship", appliedOn: String = "2026-09-10",
    application: ApplicationSubmitted? = nil
  ) throws -> IIN {
    let learner = LearnerID(id)
    let stream = StreamName.learner(learner)
    func day(_ text: String) -> CivilDate { CivilDate(text)! }
    var drafts = [
      EventDraft(
        stream: stream, effective: day("2024-09-01"),
        event: .learnerRegistered(
          LearnerRegistered(
            school: "SCH-1", grade: 9, className: "А", language: .kk, district: "351010000",
            region: "350000000"))),
      EventDraft(
        stream: stream, effective: day(entered),
        event: .stageEntered(
          StageEntered(
            placement: .college(
              CollegePlacement(
                institution: "COL-1", specialty: SpecialtyCode(rawValue: "07150500"),
                qualification: QualificationCode(rawValue: qualification), form: form,
                dualTraining: dualTraining, funding: funding, language: .kk)), reason: .enrolled))),
    ]
    for category in categories {
      drafts.append(
        EventDraft(
          stream: stream, effective: day("2024-09-01"),
          event: .categoryDeclared(CategoryChange(category: category))))
    }
    if let gpa {
      drafts.append(
        EventDraft(
          stream: stream, effective: day("2026-06-25"),
          event: .termResult(
            TermResult(
              term: "2025-2", gpa: FixedDecimal(gpa)!, attendance: FixedDecimal(attendance)!,
              grades: [
                SubjectGrade(subject: "welding", grade: lowest),
                SubjectGrade(subject: "physics", grade: 5),
              ]))))
    }
    if let application = application ?? appliedTo.map({ ApplicationSubmitted(policy: $0) }) {
      drafts.append(
        EventDraft(
          stream: stream, effective: day(appliedOn), event: .applicationSubmitted(application)))
    }
    try append(drafts)
    let iin = IIN.synthesize(birthDate: day(birth), sex: .female, serial: serial)!
    let store = try Store.openForWriting(context)
    var vault = try store.loadVault()
    vault.upsert(
      Person(
        learner: learner, iin: iin, surname: "Test", name: id, patronymic: "", phone: "",
        email: ""))
    try vault.save()
    return iin
  }

  /// Registers an enterprise (for the BINs an import names).
  func enterprise(_ bin: String) throws {
    try append([
      EventDraft(
        stream: .enterprise(EnterpriseID(bin)), effective: CivilDate("2020-01-01")!,
        event: .enterpriseRegistered(
          EnterpriseRegistered(
            names: OrganisationNames(kk: "«Сарыарқа Агромаш» ЖШС", ru: "ТОО «Сарыарка Агромаш»"),
            district: "351010000", specialties: [SpecialtyCode(rawValue: "07150500")],
            capacity: 40)))
    ])
  }

  /// Every event of the log, in order.
  func events() throws -> [EventEnvelope] {
    var events: [EventEnvelope] = []
    try Store.openForReading(context).forEachEvent { events.append($0) }
    return events
  }
}

/// Parses JSON lines into objects.
func jsonObjects(_ text: String) throws -> [[String: Any]] {
  try text.split(separator: "\n").map {
    try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
  }
}

@Suite struct EligibilityCommandTests {
  let akim = ["--policy", "akim-named-scholarship"]

  @Test func thresholdsDecidePassFailAndNeedsInformation() throws {
    let fixture = try DecideFixture()
    let atThreshold = try fixture.collegeStudent("L-AT", serial: 1, gpa: "4.5", attendance: "90")
    let below = try fixture.collegeStudent("L-BELOW", serial: 2, gpa: "4.49", attendance: "95")
    let unknown = try fixture.collegeStudent("L-NOTERM", serial: 3, gpa: nil)
    let lowAttendance = try fixture.collegeStudent(
      "L-ABSENT", serial: 4, gpa: "4.8", attendance: "89.9")

    let pass = fixture.jol(
      ["eligibility", "check", atThreshold.value, "--as-of", "2026-10-15", "--format", "json"]
        + akim)
    #expect(pass.exitCode == 0, "\(pass.stderr)")
    let decision = try #require(try jsonObjects(pass.stdout).first)
    #expect(decision["subject"] as? String == "L-AT")
    #expect(decision["outcome"] as? String == "eligible")
    #expect(decision["policy"] as? String == "akim-named-scholarship")
    #expect(decision["version"] as? String == "1")
    #expect(decision["as_of"] as? String == "2026-10-15")
    let amount = try #require(decision["amount"] as? [String: Any])
    #expect(amount["value"] as? String == "40000")
    #expect(amount["currency"] as? String == "KZT")
    #expect(amount["per"] as? String == "month")
    #expect(decision["criteria"] is [Any])
    #expect(!pass.stdout.contains(atThreshold.value), "the IIN is not printed")

    let fail = fixture.jol(
      ["eligibility", "check", below.value, "--as-of", "2026-10-15", "--format", "json"] + akim)
    let failed = try #require(try jsonObjects(fail.stdout).first)
    #expect(failed["outcome"] as? String == "ineligible")
    let criteria = try #require(failed["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == ["gpa-below-minimum"])
    #expect(criteria.first?["status"] as? String == "fail")

    let text = fixture.jol(["eligibility", "check", "L-BELOW", "--as-of", "2026-10-15"] + akim)
    #expect(text.stdout.contains("not eligible"))
    #expect(text.stdout.contains("GPA 4.49 < 4.5"))
    #expect(text.stdout.contains("needs GPA +0.01"), "\(text.stdout)")

    let needs = fixture.jol(
      ["eligibility", "check", unknown.value, "--as-of", "2026-10-15", "--format", "json"] + akim)
    let needsDecision = try #require(try jsonObjects(needs.stdout).first)
    #expect(needsDecision["outcome"] as? String == "needs-information")
    #expect(
      Set(needsDecision["missing_facts"] as? [String] ?? [])
        == ["gpa", "attendance", "lowest_grade"])

    let absent = fixture.jol(
      ["eligibility", "check", lowAttendance.value, "--as-of", "2026-10-15", "--format", "json"]
        + akim)
    #expect(try jsonObjects(absent.stdout).first?["outcome"] as? String == "ineligible")
  }

  @Test func asOfBeforeAndAfterAParameterChange() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-45", serial: 5, gpa: "4.55")
    func outcome(_ date: String) throws -> [String: Any] {
      let result = fixture.jol(
        ["eligibility", "check", "L-45", "--as-of", date, "--format", "json", "--explain"] + akim)
      #expect(result.exitCode == 0, "\(result.stderr)")
      return try #require(try jsonObjects(result.stdout).first)
    }
    // min_gpa is 4.5 until 2026-12-31 and 4.6 from 2027-01-01; the amount 40 000 then 43 000.
    let before = try outcome("2026-12-31")
    #expect(before["outcome"] as? String == "eligible")
    #expect((before["amount"] as? [String: Any])?["value"] as? String == "40000")
    let after = try outcome("2027-01-01")
    #expect(after["outcome"] as? String == "ineligible")
    let parameters = try #require(after["parameters"] as? [[String: Any]])
    let minGPA = try #require(parameters.first { $0["name"] as? String == "min_gpa" })
    #expect(minGPA["from"] as? String == "2027-01-01")
  }

  @Test func allLearnersAndEveryPolicy() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 6, gpa: "4.9")
    try fixture.collegeStudent("L-2", serial: 7, gpa: "3.9", appliedTo: nil)
    let result = fixture.jol(
      ["eligibility", "check", "--all", "--as-of", "2026-10-15", "--format", "json"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let decisions = try jsonObjects(result.stdout)
    let policyCount = Set(decisions.compactMap { $0["policy"] as? String }).count
    #expect(policyCount == 4)
    #expect(decisions.count == 2 * policyCount)
    let state = try #require(
      decisions.first {
        $0["subject"] as? String == "L-1" && $0["policy"] as? String == "state-tvet-scholarship"
      })
    #expect(state["outcome"] as? String == "eligible")
    // 41 896 ₸ for a specialist (Decree 518), +15% for all-excellent rounded to the tenge: the
    // lowest grade is 5.
    #expect((state["amount"] as? [String: Any])?["value"] as? String == "48180")
    let notApplied = try #require(
      decisions.first {
        $0["subject"] as? String == "L-2" && $0["policy"] as? String == "akim-named-scholarship"
      })
    #expect(notApplied["outcome"] as? String == "ineligible")
  }

  @Test func unknownLearnerExits66WithoutShowingTheIIN() throws {
    let fixture = try DecideFixture()
    try fixture.collegeStudent("L-1", serial: 8, gpa: "4.9")
    let stranger = IIN.synthesize(birthDate: CivilDate("2007-01-02")!, sex: .male, serial: 42)!
    let result = fixture.jol(["eligibility", "check", stranger.value, "--as-of", "2026-10-15"])
    #expect(result.exitCode == 66)
    #expect(result.stderr.contains(stranger.masked))
    #expect(!result.stderr.contains(stranger.value))
    #expect(fixture.jol(["eligibility", "check", "L-NOBODY"]).exitCode == 66)
    #expect(fixture.jol(["eligibility", "check", "--as-of", "2026-10-15"]).exitCode == 64)
  }

  /// The dual-training grant needs the co-funding enterprise, the tripartite agreement and the
  /// work obligation, which the log has only once the application carries them: not eligible
  /// without an enterprise, needs information with the enterprise alone, eligible with all.
  @Test func dualTrainingGrantIsDecidedOnceTheApplicationCarriesTheAgreement() throws {
    let fixture = try DecideFixture()
    try fixture.enterprise("940140000385")
    let iin = try fixture.collegeStudent(
      "L-DUAL", serial: 21, gpa: "4.1", dualTraining: true, appliedTo: "dual-training-grant",
      appliedOn: "2026-08-20")
    func decide() throws -> [String: Any] {
      let result = fixture.jol(
        [
          "eligibility", "check", "L-DUAL", "--policy", "dual-training-grant", "--as-of",
          "2026-09-01", "--format", "json",
        ])
      #expect(result.exitCode == 0, "\(result.stderr)")
      return try #require(try jsonObjects(result.stdout).first)
    }
    // A plain application: no enterprise is named (`employer is known` fails), the rest unknown.
    let plain = try decide()
    #expect(plain["outcome"] as? String == "ineligible")
    let statuses = (plain["criteria"] as? [[String: Any]] ?? []).map {
      "\($0["id"] ?? ""):\($0["status"] ?? "")"
    }
    #expect(
      statuses == [
        "no-cofunding-enterprise:fail", "no-agreement:unknown", "work-obligation-too-short:unknown",
      ])

    // The application names the enterprise; agreement and obligation still to be recorded.
    let header = "ЖСН;Грант;Өтініш күні;Кәсіпорын (БСН);Үшжақты шарт;Өтеу мерзімі (жыл)\n"
    let named = try RoundApplicationsImportTests().importApplications(
      fixture, header + "\(iin.value);dual-training-grant;20.08.2026;940140000385;;\n")
    #expect(named.exit == .ok, "\(named.error)")
    let pending = try decide()
    #expect(pending["outcome"] as? String == "needs-information")
    #expect(
      Set(pending["missing_facts"] as? [String] ?? [])
        == ["enterprise_agreement", "work_obligation_years"])

    // The officer records the signed agreement with the application.
    let signed = try RoundApplicationsImportTests().importApplications(
      fixture, header + "\(iin.value);dual-training-grant;20.08.2026;940140000385;иә;3\n")
    #expect(signed.exit == .ok, "\(signed.error)")
    let after = try decide()
    #expect(after["outcome"] as? String == "eligible", "\(after)")
    #expect((after["amount"] as? [String: Any])?["value"] as? String == "540000")

    // Two years of obligation are fewer than the policy's three.
    try fixture.collegeStudent(
      "L-SHORT", serial: 22, gpa: "4.1", dualTraining: true, appliedOn: "2026-08-20",
      application: ApplicationSubmitted(
        policy: "dual-training-grant", enterprise: "940140000385", agreement: true,
        workObligationYears: 2))
    let short = fixture.jol(
      [
        "eligibility", "check", "L-SHORT", "--policy", "dual-training-grant", "--as-of",
        "2026-09-01", "--format", "json",
      ])
    let decision = try #require(try jsonObjects(short.stdout).first)
    #expect(decision["outcome"] as? String == "ineligible")
    let criteria = try #require(decision["criteria"] as? [[String: Any]])
    #expect(criteria.map { $0["id"] as? String } == ["work-obligation-too-short"])
  }

  @Test func endToEndThroughTheExecutable() throws {
    let fixture = try DecideFixture()
    let iin = try fixture.collegeStudent("L-E2E", serial: 9, gpa: "4.7")
    let result = try runJolExecutable(
      [
        "eligibility", "check", iin.value, "--policy", "akim-named-scholarship", "--as-of",
        "2026-10-15", "--data", fixture.data, "--policies", fixture.policies, "--lang", "ru",
      ])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.contains("L-E2E"))
    #expect(result.stdout.contains("назначается"))
    #expect(!result.stdout.contains(iin.value))
  }
}
