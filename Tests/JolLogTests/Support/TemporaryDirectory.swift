import Foundation

/// A fresh directory under the system temporary directory, removed by `remove()`.
struct TemporaryDirectory {
  let path: String

  init(_ label: String = "log") {
    let template = NSTemporaryDirectory() + "jol-\(label)-XXXXXX"
    var bytes = Array(template.utf8CString)
    let created = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The path of the log directory inside it (created by the log itself).
  var log: String { path + "/log" }

  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
