import JolModel

/// A message as an error value, for `Result`.
struct ImportMessage: Error {
  var text: LocalizedText
  init(_ text: LocalizedText) { self.text = text }
}
