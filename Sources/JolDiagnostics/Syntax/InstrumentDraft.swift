/// An instrument file as written, every value with its place, before the checker
/// (``InstrumentChecker``) turns it into an ``Instrument``.
struct InstrumentDraft {
  /// A value and the line and column where it is written.
  struct Placed<Value> {
    var value: Value
    var line: Int
    var column: Int
  }

  struct ScaleDraft {
    var id: Placed<String>
    var letter: Placed<String>?
    var bands: [BandDraft] = []
  }

  struct BandDraft {
    var id: Placed<String>
    var range: Placed<ClosedRange<Int>>
  }

  struct OptionDraft {
    var id: Placed<String>
    var scale: Placed<String>
    var weight: Int
  }

  struct ItemDraft {
    var number: Placed<Int>
    /// Rating items: the scale named on the `item` line.
    var scale: Placed<String>?
    var weight: Int
    var options: [OptionDraft] = []
  }

  var file: String
  var id: Placed<String>?
  var version: Placed<Int>?
  var ages: Placed<ClosedRange<Int>>?
  var response: Placed<ResponseFormat>?
  var sources: [String] = []
  var licences: [String] = []
  var missing: Placed<Int>?
  var prorate: Placed<Int>?
  var flat: Placed<Int>?
  var code: Placed<Int>?
  var scales: [ScaleDraft] = []
  var items: [ItemDraft] = []
  /// Where a problem of the whole file is reported: its first statement.
  var firstLine = 1
}
