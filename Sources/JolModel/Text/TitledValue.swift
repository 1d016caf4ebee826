/// A value of a closed set that is its own catalogue key: its ``title`` is the text people read
/// for it (stage, form of study, funding, …), and the import vocabularies accept every title back.
public protocol TitledValue: MessageKey {}

extension TitledValue {
  /// The value's name in every language.
  public var title: LocalizedText { text() }
}
