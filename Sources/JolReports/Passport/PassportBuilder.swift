import JolModel
import JolPolicy

/// Turns a passport file's checked tree into a ``ClusterPassport``, section by section; the
/// references between sections (a goal's KPIs, a measure's responsible participants) are
/// checked once both sides are read.
struct PassportBuilder {
  var reader: PassportReader
  let classifier: SpecialtyClassifier
  let kato: KATOTable

  mutating func build(
    header: [PassportEntry], sections: [(PassportSection, PassportEntry)], first: ReportingLine?,
    file: String
  ) -> ClusterPassport? {
    let top = PassportEntry(
      line: first ?? ReportingLine(number: 1, isIndented: false, tokens: []), children: header)
    let id = reader.one("passport", of: top).flatMap { reader.id($0, expected: "passport ID") }
    let version = reader.one("version", of: top).flatMap { reader.whole($0, at: 0, 1...100_000) }
    let region = reader.one("region", of: top).flatMap { entry -> Region? in
      guard let code = reader.words(entry, 1, expected: "region KATO")?[0] else { return nil }
      guard let region = Region(rawValue: code) else {
        reader.error(
          entry.line, column: entry.arguments.first!.column,
          PassportCheckMessage.unknownRegion.text(["word": code]))
        return nil
      }
      return region
    }
    let notice = reader.optional("notice", of: top).flatMap { reader.text($0) }

    var byKey: [PassportSection: PassportEntry] = [:]
    for (section, entry) in sections {
      if byKey[section] != nil {
        reader.error(entry.line, ReportingMessage.repeatedSetting.text(["word": section.rawValue]))
      } else {
        byKey[section] = entry
      }
    }
    for section in PassportSection.allCases where byKey[section] == nil {
      reader.error(
        top.line, column: 1,
        PassportCheckMessage.missingSection.text([
          "section": section.rawValue, "number": String(section.number),
        ]))
    }
    guard let id, let version, let region, byKey.count == PassportSection.allCases.count else {
      return nil
    }
    func section(_ key: PassportSection) -> PassportEntry { byKey[key]! }

    let participants = self.participants(section(.participants))
    let kpis = self.kpis(section(.monitoring))
    // References are checked against every item declared, valid or not: a KPI with a bad
    // target is reported once, not again at each goal naming it.
    let kpiIDs = section(.monitoring).all("kpi").compactMap { $0.arguments.first?.text }
    let participantIDs = section(.participants).children.compactMap { entry in
      ["founder", "participant"].contains(entry.keyword)
        ? entry.arguments.dropFirst().first?.text
        : nil
    }
    let name = reader.one("title", of: section(.name)).flatMap { reader.text($0) }
    let legalStatus = reader.one("status", of: section(.legal)).flatMap { reader.text($0) }
    let legalBasis = reader.some("basis", of: section(.legal)).compactMap { reader.text($0) }
    let passport = ClusterPassport(
      id: id, version: version, region: region, notice: notice,
      paragraphs: paragraphs(byKey), name: name ?? .same(""), participants: participants,
      legalStatus: legalStatus ?? .same(""), legalBasis: legalBasis,
      districts: districts(section(.geography), region: region),
      goals: goals(section(.strategy), kpis: kpiIDs),
      specialisations: specialties(section(.specialisations)),
      measures: measures(section(.actionPlan), participants: participantIDs),
      fundingSources: funding(section(.funding)),
      kpiSource: reader.optional("source", of: section(.monitoring)).flatMap { reader.text($0) },
      kpis: kpis)
    for required in [PassportSection.innovation, .infrastructure] {
      _ = reader.some("text", of: section(required))
    }
    return reader.errors.isEmpty ? passport : nil
  }

  private mutating func paragraphs(_ sections: [PassportSection: PassportEntry])
    -> [PassportSection: [LocalizedText]]
  {
    var result: [PassportSection: [LocalizedText]] = [:]
    for section in PassportSection.allCases {
      let texts = reader.texts("text", of: sections[section]!)
      if !texts.isEmpty { result[section] = texts }
    }
    return result
  }

  /// Every item's id once in its section.
  mutating func unique(_ items: [(String, PassportEntry)]) {
    var seen: Set<String> = []
    for (id, entry) in items where !seen.insert(id).inserted {
      reader.error(
        entry.line, column: entry.arguments.last?.column,
        ReportingMessage.repeatedSetting.text(["word": id]))
    }
  }

  // MARK: §2 participants

  private mutating func participants(_ section: PassportEntry) -> [ClusterPassport.Participant] {
    var result: [(ClusterPassport.Participant, PassportEntry)] = []
    let expected = "participant KIND ID"
    for entry in section.children where entry.keyword == "founder" || entry.keyword == "participant"
    {
      guard let words = reader.words(entry, 2, expected: expected) else { continue }
      guard let kind = ParticipantKind(rawValue: words[0]) else {
        reader.error(
          entry.line, column: entry.arguments.first!.column,
          ReportingMessage.unknownSetting.text([
            "word": words[0],
            "expected": ParticipantKind.allCases.map(\.rawValue).joined(separator: ", "),
          ]))
        continue
      }
      let title = reader.one("title", of: entry).flatMap { reader.text($0) }
      let role = reader.one("role", of: entry).flatMap { reader.text($0) }
      let commitments = reader.some("commitment", of: entry).compactMap { reader.text($0) }
      guard let title, let role else { continue }
      result.append(
        (
          ClusterPassport.Participant(
            id: words[1], kind: kind, isFounder: entry.keyword == "founder", title: title,
            role: role, commitments: commitments), entry
        ))
    }
    if section.children.allSatisfy({ $0.keyword != "founder" && $0.keyword != "participant" }) {
      _ = reader.some("participant", of: section)
    }
    unique(result.map { ($0.0.id, $0.1) })
    return result.map(\.0)
  }

  // MARK: §4 geography

  private mutating func districts(_ section: PassportEntry, region: Region) -> [String] {
    var result: [String] = []
    for entry in reader.some("district", of: section) {
      guard let code = reader.words(entry, 1, expected: "district KATO")?[0] else { continue }
      switch kato.district(code, in: region) {
      case .success(let district):
        if result.contains(district.code.rawValue) {
          reader.error(entry.line, ReportingMessage.repeatedSetting.text(["word": code]))
        }
        result.append(district.code.rawValue)
      case .failure(let problem):
        reader.error(entry.line, column: entry.arguments.first!.column, problem.reason)
      }
    }
    return result
  }

  // MARK: §6 specialisations

  private mutating func specialties(_ section: PassportEntry) -> [ClusterPassport.Specialisation] {
    var result: [ClusterPassport.Specialisation] = []
    for entry in reader.some("specialty", of: section) {
      guard let code = reader.words(entry, 1, expected: "specialty CODE")?[0] else { continue }
      let note = reader.optional("note", of: entry).flatMap { reader.text($0) }
      do {
        let specialty = try classifier.specialty(code)
        if result.contains(where: { $0.specialty == specialty.code }) {
          reader.error(entry.line, ReportingMessage.repeatedSetting.text(["word": code]))
        }
        result.append(ClusterPassport.Specialisation(specialty: specialty.code, note: note))
      } catch {
        reader.error(entry.line, column: entry.arguments.first!.column, error.reason)
      }
    }
    return result
  }
}
