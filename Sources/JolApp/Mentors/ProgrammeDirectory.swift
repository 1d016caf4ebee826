import Foundation
import JolModel
import JolPolicy

/// The mentoring programmes of `--policies DIR/mentoring/`: every `*.programme` file, each
/// checked (``ProgrammeParser``) and named by its file.
enum ProgrammeDirectory {
  /// Every programme by id; none when the directory has no `mentoring/`.
  /// - Throws: ``CommandError`` 65 listing every diagnostic (file:line:column) when any file
  ///   has an error: Jol never assigns by a programme that does not check.
  static func load(_ context: Context) throws -> [String: MentoringProgramme] {
    let root = context.policiesDirectory + "/mentoring"
    var isDirectory: ObjCBool = false
    guard
      isBuiltIn(root)
        || (FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
          && isDirectory.boolValue)
    else { return [:] }
    let files = try PolicyFiles.read(
      PolicyFiles.find([root], suffix: "programme", context), context)
    let (programmes, diagnostics) = parse(files)
    if diagnostics.contains(where: \.isError) { throw PolicyFiles.report(diagnostics, context) }
    return Dictionary(programmes.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// The programmes of `files` that check, and every diagnostic: each file must carry its name
  /// (`kst-dual-2026.programme` → `programme kst-dual-2026`). What `jol policy check` reports
  /// is what `load` refuses.
  static func parse(_ files: [(path: String, text: String)]) -> (
    programmes: [MentoringProgramme], diagnostics: [Diagnostic]
  ) {
    var programmes: [MentoringProgramme] = []
    var diagnostics: [Diagnostic] = []
    for (path, text) in files {
      let name = String(path.split(separator: "/").last!.dropLast(".programme".count))
      let (programme, found) = ProgrammeParser.parse(file: path, text: text, expectedID: name)
      diagnostics += found
      if let programme { programmes.append(programme) }
    }
    return (programmes, diagnostics)
  }

  /// The programme `id`.
  /// - Throws: ``CommandError`` 65 naming the known ids when there is none.
  static func programme(_ id: String, in programmes: [String: MentoringProgramme]) throws
    -> MentoringProgramme
  {
    if let programme = programmes[id] { return programme }
    throw CommandError(unknownProgramme(id, in: programmes), exitCode: .dataError)
  }

  /// "unknown programme 'x'; known: …".
  static func unknownProgramme(_ id: String, in programmes: [String: MentoringProgramme])
    -> LocalizedText
  {
    let known = programmes.keys.sorted()
    let near = ClosestMatch.suggestion(for: id, among: known).map { " — \($0)?" } ?? ""
    return MentorsText.unknownProgramme.text([
      "id": id, "near": near, "list": known.isEmpty ? "—" : known.joined(separator: ", "),
    ])
  }
}
