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
      let table = ExactWords(words)
      return { facts, value in
        guard case .string = value.kind,
          let index = table.index(of: UnsafeRawBufferPointer(value.bytes))
        else {
          return false
        }
        store(&facts, index)
        return true
      }
    case .integer(let field):
      let (set, bounds) = (field.set, fact.bounds)
      return { facts, value in
        guard let number = value.decimal, bounds?.contains(number) ?? true,
          number.units % FixedDecimal.scale == 0
        else { return false }
        set(&facts, Int(number.units / FixedDecimal.scale))
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

  /// The number when the value is written `-?digits(.digits)?` with at most four decimals
  /// (quoted or not): what ``FixedDecimal/init(_:)`` and a JSON number both read alike.
  var decimal: FixedDecimal? { FixedDecimal(plain: UnsafeRawBufferPointer(bytes)) }

  /// The date when the value is `YYYY-MM-DD` of a day that exists.
  var date: CivilDate? { CivilDate(text: UnsafeRawBufferPointer(bytes)) }
}
