import Foundation
import JolModel

/// A value of a facts file written the way nearly every value is — a string of printable ASCII
/// with no escape, a number of digits with at most four decimals, `true` or `false`, an empty
/// list — stored straight from its bytes: no string is made for a word, a number or a date,
/// and no ``Facts/RawValue``. A setter stores only what ``Facts/set(_:_:categories:)`` would
/// store for the same value, and declines (false) anything else, which the reader then reads
/// the string way: values and messages are that path's, only found sooner.
struct PlainValue {
  enum Kind {
    /// A quoted string; ``bytes`` are between the quotes.
    case string
    /// A number as JSON writes it (digits, sign, point, exponent); not yet checked.
    case number
    case bool(Bool)
    /// `[]`.
    case emptyList
  }

  var kind: Kind
  /// The string's or number's bytes; empty for the others.
  var bytes: UnsafeBufferPointer<UInt8>

  init(_ kind: Kind, bytes: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0)) {
    (self.kind, self.bytes) = (kind, bytes)
  }

  /// Stores a plain value of one fact; false (nothing stored) when the value is not one this
  /// fact takes as it is.
  typealias Setter = @Sendable (inout Facts, PlainValue) -> Bool

  /// Each fact's setter, by fact index, made afresh for each reader: calling a closure counts
  /// a reference to it, and one shared by the cores would have its count bounce between them
  /// at every value.
  static func setters() -> [Setter] { Fact.allCases.map(setter) }

  private static func setter(_ fact: Fact) -> Setter {
    switch fact.definition.storage {
    case .enumeration(let storage), .code(let storage):
      let store = storage.setWord
      guard let words = storage.words else {
        // An open code: any string (a number, or text with escapes, goes the string way).
        let set = storage.set
        return { facts, value in
          guard case .string = value.kind else { return false }
          set(&facts, String(decoding: value.bytes, as: UTF8.self))
          return true
        }
      }
      let table = WordTable(words)
      return { facts, value in
        guard case .string = value.kind, let index = table.index(of: value.bytes) else {
          return false
        }
        store(&facts, index)
        return true
      }
    case .integer(let field):
      let (set, bounds) = (field.set, fact.bounds)
      return { facts, value in
        guard let number = value.wholeNumber,
          bounds?.contains(FixedDecimal(number)) ?? true
        else { return false }
        set(&facts, number)
        return true
      }
    case .decimal(let field), .percent(let field):
      let (set, bounds) = (field.set, fact.bounds)
      return { facts, value in
        guard let number = value.decimal, bounds?.contains(number) ?? true else { return false }
        set(&facts, number)
        return true
      }
    case .date(let field):
      let set = field.set
      return { facts, value in
        guard case .string = value.kind, let date = value.date else { return false }
        set(&facts, date)
        return true
      }
    case .bool(let field):
      let set = field.set
      return { facts, value in
        guard case .bool(let flag) = value.kind else { return false }
        set(&facts, flag)
        return true
      }
    case .set(let storage):
      let set = storage.set
      return { facts, value in
        guard case .emptyList = value.kind else { return false }
        set(&facts, [])
        return true
      }
    }
  }

  /// The digits' value when the value is 1 to 9 digits and nothing else (quoted or not).
  var wholeNumber: Int? {
    guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
    var number = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      number = number * 10 + Int(digit)
    }
    return number
  }

  /// The number when the value is 1 to 12 digits, then optionally a point and 1 to 4 digits
  /// (quoted or not): what ``FixedDecimal/init(_:)`` and a JSON number both read alike.
  var decimal: FixedDecimal? {
    var whole: Int64 = 0
    var index = 0
    while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10, index < 12 else { return nil }
      whole = whole * 10 + Int64(digit)
      index += 1
    }
    guard index > 0 else { return nil }
    var fraction: Int64 = 0
    var scale = FixedDecimal.scale
    if index < bytes.count {
      index += 1
      guard index < bytes.count, bytes.count - index <= FixedDecimal.fractionDigits else {
        return nil
      }
      while index < bytes.count {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        scale /= 10
        fraction += Int64(digit) * scale
        index += 1
      }
    }
    return FixedDecimal(units: whole * FixedDecimal.scale + fraction)
  }

  /// The date when the value is `YYYY-MM-DD` of a day that exists.
  var date: CivilDate? {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return CivilDate(year: year, month: month, day: day)
  }
}

/// Words looked up by their bytes, with no string made: one flat buffer, the words of each
/// length side by side, compared by first byte, then in full.
struct WordTable {
  private let flat: [UInt8]
  /// The words' indices, shortest first.
  private let order: [Int]
  /// Where each word starts in ``flat``, by index; one more entry, the end.
  private let starts: [Int]
  /// Where the words of each length begin in ``order``; one more entry, the end.
  private let byLength: [Int]

  init(_ words: [String]) {
    var flat: [UInt8] = []
    var starts = [0]
    for word in words {
      flat.append(contentsOf: word.utf8)
      starts.append(flat.count)
    }
    let lengths = words.map(\.utf8.count)
    let order = words.indices.sorted { (lengths[$0], $0) < (lengths[$1], $1) }
    let longest = lengths.max() ?? 0
    byLength = (0...longest + 1).map { length in
      order.firstIndex { lengths[$0] >= length } ?? order.count
    }
    (self.flat, self.order, self.starts) = (flat, order, starts)
  }

  /// Whether `bytes` spell the word at `index`.
  func spells(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = starts[index]
    guard starts[index + 1] - start == bytes.count else { return false }
    return bytes.isEmpty
      || flat.withUnsafeBufferPointer {
        memcmp($0.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
      }
  }

  /// The index of the word spelled by `bytes`, nil when none is.
  func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count + 1 < byLength.count else { return nil }
    for candidate in byLength[bytes.count]..<byLength[bytes.count + 1] {
      let index = order[candidate]
      let start = starts[index]
      if bytes.isEmpty { return index }
      guard flat[start] == bytes[0] else { continue }
      let same = flat.withUnsafeBufferPointer {
        memcmp($0.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
      }
      if same { return index }
    }
    return nil
  }
}
