import Foundation
import JolLog
import JolModel

/// The erasure register: who was erased, by a one-way keyed hash of the IIN (HMAC-SHA-256 under
/// the vault's own random key, `vault/key`), so it holds no IIN and cannot be searched without
/// the key. An import that meets an erased IIN is refused unless the operator re-registers the
/// person on purpose (a returning learner with new consent).
///
/// `vault/erasures.csv`: `iin_hmac, learner_id, erased_on, re_registered_on, re_register_reason,
/// row_check` — the last a code of the row's other fields under the key, so a row edited by hand
/// (an IIN's code changed to let the person back in) is found.
struct Erasure: Hashable, Sendable {
  var code: String
  /// The learner id the person had (their stream in the log stays, nameless).
  var learner: LearnerID
  var erasedOn: CivilDate
  var reRegisteredOn: CivilDate?
  var reRegisterReason: String
}

extension Vault {
  static let erasuresFile = "erasures.csv"
  static let keyFile = "key"
  static let erasureColumns = [
    CSVColumn("iin_hmac"), CSVColumn("learner_id"), CSVColumn("erased_on"),
    CSVColumn("re_registered_on"), CSVColumn("re_register_reason"), CSVColumn("row_check"),
  ]

  /// The code of a row's fields under the key.
  private static func rowCheck(_ fields: [String], key: [UInt8]) -> String {
    HMACSHA256.hex(key: key, message: Array(fields.joined(separator: "\u{1F}").utf8))
  }

  /// The register's code for an IIN; nil while the vault has no key (nobody erased yet).
  func erasureCode(_ iin: IIN) -> String? {
    key.map { HMACSHA256.hex(key: $0, message: Array(iin.value.utf8)) }
  }

  /// The learners the erasure register lists.
  var erasedLearners: Set<LearnerID> { Set(erasures.values.map(\.learner)) }

  /// The erasure of the person with this IIN, if they were erased.
  func erasure(of iin: IIN) -> Erasure? {
    // An empty register needs no code (an HMAC for every IIN a roster brings).
    guard !erasures.isEmpty else { return nil }
    return erasureCode(iin).flatMap { erasures[$0] }
  }

  /// Enters an erasure in the register (creating the vault's key on first use).
  mutating func recordErasure(of iin: IIN, learner: LearnerID, on date: CivilDate) {
    if key == nil {
      var generator = SystemRandomNumberGenerator()
      key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
      keyIsNew = true
    }
    let code = erasureCode(iin)!
    erasures[code] = Erasure(
      code: code, learner: learner, erasedOn: date, reRegisteredOn: nil, reRegisterReason: "")
  }

  /// Notes that an erased person was registered again on purpose.
  mutating func recordReRegistration(of iin: IIN, on date: CivilDate, reason: String) {
    guard let code = erasureCode(iin), erasures[code] != nil else { return }
    erasures[code]!.reRegisteredOn = date
    erasures[code]!.reRegisterReason = reason
  }

  /// The register's first row: a code of a fixed text under the key, so a key replaced after the
  /// register was written is found (its codes would no longer match any IIN).
  private static let keyCheckLearner = "key-check"
  private static let keyCheckMessage = Array("jol vault key check".utf8)

  /// Writes the key (once, when new) and the register, atomically, 0600.
  func saveErasures(fileSystem: any FileSystem, writer: CSVWriter) throws {
    guard let key else { return }
    if keyIsNew {
      try AtomicFile.write(
        Array(SHA256.hex(bytes: key).utf8) + [0x0A],
        to: directory + "/" + Self.keyFile, fileSystem: fileSystem)
    }
    let check = [
      HMACSHA256.hex(key: key, message: Self.keyCheckMessage), Self.keyCheckLearner, "", "", "",
    ]
    let rows =
      ([check]
      + erasures.values.sorted { $0.code < $1.code }.map { erasure in
        [
          erasure.code, erasure.learner.rawValue, erasure.erasedOn.description,
          erasure.reRegisteredOn?.description ?? "", erasure.reRegisterReason,
        ]
      }).map { $0 + [Self.rowCheck($0, key: key)] }
    try AtomicFile.write(
      writer.bytes(header: Self.erasureColumns.map(\.name), records: rows),
      to: directory + "/" + Self.erasuresFile, fileSystem: fileSystem)
  }

  /// Reads the key and the register, when present.
  mutating func loadErasures(fileSystem: any FileSystem) throws {
    let keyPath = directory + "/" + Self.keyFile
    if fileSystem.exists(keyPath) {
      let text = String(decoding: try fileSystem.readFile(keyPath), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard text.count == 64, let bytes = Self.bytes(hex: text) else {
        throw Self.damaged(keyPath, line: 1, what: "key: 64 hex digits")
      }
      key = bytes
    }
    let path = directory + "/" + Self.erasuresFile
    guard fileSystem.exists(path) else { return }
    let c = Self.erasureColumns
    var checked = false
    let rows = try Self.rows(try fileSystem.readFile(path), path: path, columns: c)
    for row in rows {
      let fields = c.dropLast().map { row[$0] ?? "" }
      guard let key, row[c[5]] == Self.rowCheck(fields, key: key) else {
        throw Self.damaged(path, line: row.line, what: "the row was changed after it was written")
      }
      if row[c[1]] == Self.keyCheckLearner {
        checked = true
        guard try row.value(c[0]) == HMACSHA256.hex(key: key, message: Self.keyCheckMessage)
        else {
          throw Self.damaged(
            path, line: row.line, what: "the vault key is not the one it was written with")
        }
        continue
      }
      guard let erasedOn = CivilDate(try row.value(c[2])) else {
        throw Self.damaged(path, line: row.line, what: "erased_on")
      }
      let code = try row.value(c[0])
      erasures[code] = Erasure(
        code: code, learner: LearnerID(try row.value(c[1])), erasedOn: erasedOn,
        reRegisteredOn: row.optionalValue(c[3]).flatMap(CivilDate.init),
        reRegisterReason: row[c[4]] ?? "")
    }
    if !rows.isEmpty && !checked {
      throw Self.damaged(path, line: 1, what: "its key check row is missing")
    }
  }

  private static func bytes(hex: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    var iterator = hex.makeIterator()
    while let high = iterator.next(), let low = iterator.next() {
      guard let byte = UInt8(String([high, low]), radix: 16) else { return nil }
      bytes.append(byte)
    }
    return bytes
  }
}
