import JolFormat
import JolModel
import Testing

@testable import JolReports

/// Merging regions' pathway reports: the merge of two regions' merge files is the report of
/// their learners taken together, with disclosure control on the merged counts; published
/// reports and files that do not agree are refused.
@Suite struct PathwayMergeTests {
  typealias F = PathwayFixture

  /// A merge file of `state`, written and read back as `jol report merge` reads it.
  static func mergeFile(
    _ state: ClusterState, name: String, asOf: CivilDate = F.asOf, logPosition: UInt64 = 42
  ) throws -> (name: String, file: PathwayMergeFile) {
    let file = try PathwayMergeFile(
      state: state, scope: PathwayScope(asOf: asOf), logPosition: logPosition, passport: nil)
    return (name, try PathwayMergeFile.read(Array(file.json().pretty.utf8), file: name))
  }

  static func merge(_ files: [(name: String, file: PathwayMergeFile)], k: Int = 5) throws
    -> PathwayReport
  {
    try PathwayMerge.report(files, minimumCellSize: k, kato: .builtIn, classifier: nil)
  }

  /// The sections of a report as JSON: every figure, suppression symbol and rate.
  static func sections(_ report: PathwayReport) -> JSONValue? {
    guard case .object(let members) = report.json(.en) else { return nil }
    return members.first { $0.0 == "sections" }?.1
  }

  /// Region B: the generator's region of another seed, with every organisation and mentor code
  /// renamed (`KST-` → `PVL-`), its learners registered in region 55 and named `B-…`, so that no
  /// learner, institution, enterprise or mentor is in both regions — as two regions' logs are.
  static func otherRegion(seed: UInt64, learners: Int) -> [EventDraft] {
    var generator = SyntheticGenerator(seed: seed)
    let region = generator.region(learners: learners)
    return region.events(learnerID: { LearnerID("B-\($0)") }).map { draft in
      let payload = EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: draft.effective,
        actor: "test", event: draft.event)
      let text = rename(String(decoding: EventCodec.encode(payload), as: UTF8.self))
        .replacingOccurrences(of: "\"region\":\"39\"", with: "\"region\":\"55\"")
      let renamed = try! EventCodec.decodePayload(ArraySlice(Array(text.utf8)))
      let stream = StreamName(rename(draft.stream.description))!
      return EventDraft(stream: stream, effective: draft.effective, event: renamed.event)
    }
  }

  /// `text` with the generator's codes of organisations and mentors (`KST-…`) and enterprises'
  /// BINs (`96…`, twelve digits) given region B's prefix.
  static func rename(_ text: String) -> String {
    text.replacingOccurrences(of: "KST-", with: "PVL-")
      .replacing(/"(96[0-9]{10})"/) { "\"PVL-" + $0.output.1 + "\"" }
      .replacing(/^enterprise\/(96[0-9]{10})$/) { "enterprise/PVL-" + $0.output.1 }
  }

  static func regionA(seed: UInt64, learners: Int) -> [EventDraft] {
    var generator = SyntheticGenerator(seed: seed)
    return generator.region(learners: learners).events(learnerID: { LearnerID("A-\($0)") })
  }

  @Test(arguments: [(UInt64(1), UInt64(2), 400, 250), (3, 4, 150, 500)])
  func theMergeOfTwoRegionsIsTheReportOfTheirUnion(
    seedA: UInt64, seedB: UInt64, learnersA: Int, learnersB: Int
  ) throws {
    let a = Self.regionA(seed: seedA, learners: learnersA)
    let b = Self.otherRegion(seed: seedB, learners: learnersB)
    let stateA = F.state(a)
    let stateB = F.state(b)
    // Disjoint, as two regions' logs are (BINs are drawn at random: checked, not assumed).
    #expect(Set(stateA.enterprises.keys).isDisjoint(with: stateB.enterprises.keys))
    #expect(Set(stateA.mentors.keys).isDisjoint(with: stateB.mentors.keys))
    let union = try F.report(F.state(a + b))
    let merged = try Self.merge([
      try Self.mergeFile(stateA, name: "A.json"), try Self.mergeFile(stateB, name: "B.json"),
    ])
    let expected = try #require(Self.sections(union))
    #expect(Self.sections(merged) == expected)
    #expect(merged.protected.tables.map(\.allStatuses) == union.protected.tables.map(\.allStatuses))
    #expect(merged.indicators == union.indicators)
    // The merge differs from each region's own report: it is not one of them passed through.
    #expect(Self.sections(try F.report(stateA)) != expected)
    #expect(merged.mergedFrom.map(\.regions) == [["39"], ["55"]])
  }

  /// Graduates of the welding programme in a region of their own (region `region`).
  static func graduates(_ count: Int, prefix: String, region: String) -> ClusterState {
    let drafts = (0..<count).flatMap { F.graduate("\(prefix)\($0)", then: nil) }.map { draft in
      guard case .learnerRegistered(var registration) = draft.event else { return draft }
      registration.region = region
      return EventDraft(
        stream: draft.stream, effective: draft.effective, event: .learnerRegistered(registration))
    }
    return F.state(drafts)
  }

  /// A count hidden in both regions is published when their sum reaches the minimum, and stays
  /// hidden when it does not: suppression is decided on the merged count.
  @Test(arguments: [(4, 2, 2, true), (4, 1, 1, false), (5, 3, 2, true), (5, 2, 2, false)])
  func suppressionIsDecidedOnTheMergedCount(k: Int, inA: Int, inB: Int, shown: Bool) throws {
    let a = Self.graduates(inA, prefix: "a", region: "39")
    let b = Self.graduates(inB, prefix: "b", region: "55")
    for state in [a, b] {
      let own = try #require(try F.report(state, k: k).protected["college_leavers_by_specialty"])
      #expect(own.total == .suppressed(.primary))
    }
    let merged = try Self.merge(
      [try Self.mergeFile(a, name: "A.json"), try Self.mergeFile(b, name: "B.json")], k: k)
    let table = try #require(merged.protected["college_leavers_by_specialty"])
    let column = try #require(table.columns.firstIndex(of: LeaverOutcome.notRecorded.rawValue))
    let expected: CellStatus = shown ? .shown(inA + inB) : .suppressed(.primary)
    #expect(table.total == expected)
    #expect(table.cells[0][column] == expected)
  }

  @Test func aPublishedReportIsRefused() throws {
    let report = try F.report(Self.graduates(7, prefix: "a", region: "39"))
    for language in Language.allCases {
      let bytes = Array(report.json(language).compact.utf8)
      #expect {
        _ = try PathwayMergeFile.read(bytes, file: "akmola.json")
      } throws: { error in
        let message = (error as? PathwayMergeError)?.message[.en] ?? ""
        return message.hasPrefix("akmola.json is a published pathway report")
      }
    }
  }

  @Test func filesOfAnotherDateAreRefused() throws {
    let a = try Self.mergeFile(Self.graduates(3, prefix: "a", region: "39"), name: "A.json")
    let b = try Self.mergeFile(
      Self.graduates(3, prefix: "b", region: "55"), name: "B.json",
      asOf: CivilDate(year: 2026, month: 10, day: 1)!)
    #expect {
      _ = try Self.merge([a, b])
    } throws: { error in
      (error as? PathwayMergeError)?.message[.en]
        == "A.json and B.json differ in as_of (2026-09-30 and 2026-10-01): only reports of the"
        + " same date, cohort and district can be merged"
    }
  }

  @Test func theSameRegionTwiceIsRefused() throws {
    let state = Self.graduates(3, prefix: "a", region: "39")
    #expect {
      _ = try Self.merge([
        try Self.mergeFile(state, name: "A.json"), try Self.mergeFile(state, name: "A2.json"),
      ])
    } throws: { error in
      (error as? PathwayMergeError)?.message[.en]
        == "region 39 is in both A.json and A2.json: its learners would be counted twice"
    }
  }

  /// Each kind of bad input names the file and the JSON path (and the line and column of a text
  /// that is not JSON).
  @Test(arguments: [
    ("{\"purpose\": \"merge\",\n  \"report\": 3", "M.json:2:14: not JSON ($): expected ',' or '}'"),
    ("[1, 2]", "M.json: not a merge file of the pathway report"),
    ("{\"report\": \"passport\"}", "M.json: not a merge file of the pathway report"),
  ])
  func badInputNamesTheFileAndPlace(text: String, expected: String) {
    #expect {
      _ = try PathwayMergeFile.read(Array(text.utf8), file: "M.json")
    } throws: { error in
      ((error as? PathwayMergeError)?.message[.en] ?? "").hasPrefix(expected)
    }
  }

  /// A value out of place inside a well-formed merge file is reported at its JSON path.
  @Test func aBadCountIsReportedAtItsPath() throws {
    let file = try PathwayMergeFile(
      state: Self.graduates(3, prefix: "a", region: "39"), scope: PathwayScope(asOf: F.asOf),
      logPosition: 1, passport: nil)
    let text = file.json().pretty
    let edits: [(String, String, String)] = [
      ("\"not_recorded\"", "\"hired\"", "tables[2].columns[7]: expected one of"),
      ("\"format_version\": 2", "\"format_version\": 3", "format_version 3: this jol reads"),
      ("\"cohort\": 2025", "\"cohort\": \"2025\"", "cohort: expected a year"),
      ("\"has_diagnostics\": false", "\"has_diagnostics\": false, \"extra\": 1", "extra: unknown"),
    ]
    for (old, new, expected) in edits {
      let edited = text.replacingOccurrences(of: old, with: new)
      #expect(edited != text, "\(old)")
      #expect {
        _ = try PathwayMergeFile.read(Array(edited.utf8), file: "M.json")
      } throws: { error in
        let message = (error as? PathwayMergeError)?.message[.en] ?? ""
        return message.hasPrefix("M.json: " + expected)
      }
    }
    // A negative count, at the path of its cell.
    let counts = try #require(text.range(of: "\"counts\": [\n"))
    var negative = text
    let digit = try #require(text[counts.upperBound...].firstIndex { $0.isNumber })
    negative.replaceSubrange(digit...digit, with: "-1")
    #expect {
      _ = try PathwayMergeFile.read(Array(negative.utf8), file: "M.json")
    } throws: { error in
      let message = (error as? PathwayMergeError)?.message[.en] ?? ""
      return message.hasPrefix("M.json: tables[")
        && message.hasSuffix("].rows[0].counts[0]: expected a whole number 0 or more")
    }
  }

  @Test func theMergeFileIsMarkedAndWarnsInEachLanguage() throws {
    let file = try PathwayMergeFile(
      state: Self.graduates(3, prefix: "a", region: "39"), scope: PathwayScope(asOf: F.asOf),
      logPosition: 1, passport: nil)
    guard case .object(let members) = file.json() else {
      Issue.record("not an object")
      return
    }
    #expect(members.first?.0 == "purpose")
    #expect(members.first?.1 == .string("merge"))
    let warning = try #require(members.first { $0.0 == "warning" }?.1)
    guard case .object(let texts) = warning else {
      Issue.record("no warning")
      return
    }
    #expect(texts.map(\.0) == ["kk", "ru", "en"])
    #expect(texts.allSatisfy { if case .string(let text) = $0.1 { !text.isEmpty } else { false } })
    #expect(MessageCatalogue.problems(MergeMessage.self) == [])
  }
}
