import Foundation
import JolModel
import Testing

@testable import JolApp

/// The import's fast paths give the answers of the plain computations they replace: event ids
/// hashed from one encoding, trimming that returns the value itself, words found as written.
@Suite struct ImportFastPathTests {
  /// The event id as first defined: SHA-256 over the stream, the version and a second
  /// encoding of the event recorded at time 0 by no one. Ids already in logs were made so.
  static func referenceID(_ draft: EventDraft, version: UInt64) -> String {
    var hasher = SHA256()
    hasher.update(draft.stream.description.utf8)
    hasher.update("\n\(version)\n".utf8)
    hasher.update(
      EventCodec.encode(
        EventPayload(
          recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: draft.effective,
          actor: ActorID(""), event: draft.event)))
    return "E"
      + hasher.finalize().prefix(16).map { byte in
        let hex = String(byte, radix: 16)
        return byte < 16 ? "0" + hex : hex
      }.joined()
  }

  static func randomDraft(_ random: inout SplitMix64) -> EventDraft {
    let learner = LearnerID("L" + String(random.next() % 1_000_000, radix: 16))
    let effective = CivilDate(daysSinceEpoch: Int32(random.next() % 30_000))
    let texts = ["Математика", "Физика \"тереңдетілген\"", "a\\b", "line\nbreak", "", "Ә"]
    let text = texts[Int(random.next() % UInt64(texts.count))]
    let event: DomainEvent
    switch random.next() % 4 {
    case 0:
      event = .learnerRegistered(
        LearnerRegistered(
          school: InstitutionID("KST-SCH-\(random.next() % 400)"),
          grade: 1 + Int(random.next() % 11),
          className: text, language: .kk, district: "391000000", region: "39"))
    case 1: event = .categoryDeclared(CategoryChange(category: .rural))
    case 2: event = .consentRecorded(ConsentChange(reference: "C" + text))
    default:
      event = .termResult(
        TermResult(
          term: "2026-\(1 + random.next() % 4)",
          gpa: FixedDecimal(units: Int64(random.next() % 50_000)),
          attendance: FixedDecimal("97.5")!,
          grades: [SubjectGrade(subject: text, grade: 2 + Int(random.next() % 4))]))
    }
    return EventDraft(stream: .learner(learner), effective: effective, event: event)
  }

  @Test func eventIDsAreThoseOfTheReferenceDefinition() {
    var random = SplitMix64(seed: 20_260_901)
    for _ in 0..<500 {
      let draft = Self.randomDraft(&random)
      let version = 1 + random.next() % 100_000
      let actors = ["bench", "", "оператор \"1\"", "import:roster.csv"]
      var payload: [UInt8] = [0x7B, 0x7D]  // bytes before the payload must not matter
      payload.removeAll(keepingCapacity: true)
      let stamp = EventCodec.encode(
        EventPayload(
          recordedAt: Timestamp(millisecondsSinceEpoch: Int64(random.next() % 4_000_000_000_000)),
          effective: draft.effective, actor: ActorID(actors[Int(random.next() % 4)]),
          event: draft.event),
        into: &payload)
      var scratch: [UInt8] = Array(repeating: 1, count: Int(random.next() % 300))
      let id = Store.eventID(
        stream: draft.stream.description, version: version, payload: payload, stamp: stamp,
        scratch: &scratch)
      #expect(id == Self.referenceID(draft, version: version))
    }
  }

  @Test func stampIsTheRecordedAtAndActorMembers() {
    var bytes: [UInt8] = []
    let stamp = EventCodec.encode(
      EventPayload(
        recordedAt: Timestamp(millisecondsSinceEpoch: 0), effective: CivilDate("2026-09-01")!,
        actor: ActorID("x"), event: .categoryDeclared(CategoryChange(category: .rural))),
      into: &bytes)
    #expect(
      String(decoding: bytes[stamp], as: UTF8.self)
        == #""recorded_at":"1970-01-01T00:00:00.000Z","actor":"x""#)
  }

  @Test(arguments: [
    ("abc", "abc"), ("  abc ", "abc"), ("\u{00A0}1 200\u{00A0}", "1 200"), ("Ахметов", "Ахметов"),
    ("\tӘ\u{3000}", "Ә"), ("   ", ""), ("", ""), ("a b", "a b"),
  ])
  func trimming(_ text: String, _ expected: String) {
    #expect(text.trimmingWhitespace() == expected)
    #expect(Substring(text).trimmingWhitespace() == expected)
  }

  /// A term as first read: split at `-`, each part parsed as a number.
  static func referenceIsTerm(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let term = Int(parts[1])
    else { return false }
    return (2000...2100).contains(year) && (1...4).contains(term) && parts[1].count == 1
  }

  @Test func termsAreReadByBytesAsByCharacters() {
    var texts = [
      "2025-1", "2000-1", "2100-4", "1999-1", "2101-1", "2025-0", "2025-5", "2025-12", "2025 -1",
      "+202-1", "-202-1", "２０２５-1", "٢٠٢٥-1", "2025-1\u{301}", "2025\u{301}-1", "", "2025-",
      "-2025-1", "2025-1-1", "20a5-1", "2025_1", "2025--1", "2025-+1", " 2025-1",
    ]
    for year in 1998...2102 {
      for term in -1...6 { texts.append("\(year)-\(term)") }
    }
    for text in texts {
      #expect(GradeImport.isTerm(text) == Self.referenceIsTerm(text), "\(text)")
    }
  }

  /// A dated category's range as first split, with Foundation's search.
  static func referenceSplitRange(_ text: String) -> (String, String?) {
    for separator in ["..", "–", "—", " - "] {
      if let range = text.range(of: separator) {
        return (
          text[..<range.lowerBound].trimmingWhitespace(),
          text[range.upperBound...].trimmingWhitespace()
        )
      }
    }
    return (text.trimmingWhitespace(), nil)
  }

  @Test(arguments: [
    "01.09.2024..31.05.2025", "01.09.2024 .. 31.05.2025", "01.09.2024 – 31.05.2025",
    "01.09.2024—31.05.2025", "01.09.2024 - 31.05.2025", "01.09.2024-31.05.2025", "01.09.2024",
    "01.09.2024..", "..31.05.2025", "", " ", "2024-09-01 - 2025-05-31", "a..b–c", "a–b..c",
    "01.09.2024 –\u{301} 31.05.2025", "01.09.2024 -\u{301} 31.05.2025", "е\u{301}..ё",
  ])
  func aCategorysRangeIsSplitAsWithFoundation(_ text: String) {
    let split = LearnerImport.splitRange(text)
    let reference = Self.referenceSplitRange(text)
    #expect(split.0 == reference.0 && split.1 == reference.1, "\(text)")
  }

  /// Dates and lists as first read, character by character.
  static func referenceDate(_ text: String) -> CivilDate? {
    if let date = CivilDate(text) { return date }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
      parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2])
    else { return nil }
    return CivilDate(year: year, month: month, day: day)
  }

  static func referenceList(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "\n" || $0 == "\r\n" })
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  @Test func datesAndListsAreReadAsBefore() {
    var random = SplitMix64(seed: 65)
    let alphabet = Array("0123456789.....-+ ;,\r\nаә\u{00A0}")
    for _ in 0..<20_000 {
      let length = Int(random.next() % 12)
      let text = String(
        (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      #expect(ImportValues.date(text) == Self.referenceDate(text), "\(text)")
      #expect(ImportValues.list(text) == Self.referenceList(text), "\(text)")
    }
    for text in ["01.09.2026", "1.9.2026", "29.02.2024", "31.09.2026", "+1.09.2026", "2026-09-01"] {
      #expect(ImportValues.date(text) == Self.referenceDate(text), "\(text)")
    }
  }

  @Test func wordsAsWrittenMeanWhatTheirKeysMean() {
    let table = ImportVocabulary.language
    for word in ["қазақ", "Қазақ", "ҚАЗАҚ", "қазақ тілі", "Казахский язык", "орыс", "RU", "en"] {
      #expect(table.value(word) == table.value(word.uppercased()))
      #expect(table.value(word) == table.value(word + "."))
    }
    #expect(table.value("қазақ") == .kk)
    #expect(table.value("Русский") == .ru)
    #expect(table.value("неміс") == nil)
  }
}
