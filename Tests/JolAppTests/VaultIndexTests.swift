import Foundation
import JolLog
import JolModel
import Testing

@testable import JolApp

/// The vault's index (`vault/people.index`): every person is found through it and no one else;
/// it follows imports and erasures; and when it is missing, stale or damaged it is not believed —
/// the answer comes from the whole vault, the same as before — and the next writer rebuilds it.
@Suite struct VaultIndexTests {
  /// Person `number` of a synthetic vault: born 1995–2012 (IINs of those born in 2000–2009 start
  /// with a zero; number 0 is born 2000-01-01, so its IIN starts "000101"), with names that need
  /// quoting, a formula, a line break.
  static func person(_ number: Int) -> Person? {
    let born =
      number == 0
      ? CivilDate("2000-01-01")! : CivilDate(daysSinceEpoch: Int32(9_131 + number * 37 % 6_570))
    guard
      let iin = IIN.synthesize(
        birthDate: born, sex: number % 2 == 0 ? .male : .female, serial: number % 10_000)
    else { return nil }
    let hex = String(number, radix: 16)
    return Person(
      learner: LearnerID("L" + String(repeating: "0", count: 16 - hex.count) + hex), iin: iin,
      surname: number % 7 == 0 ? "O'Neil, \"Jr\"" : "Сейітқали", name: "Әйгерім \(number)",
      patronymic: number % 11 == 0 ? "a\nb" : "", phone: number % 5 == 0 ? "=HYPERLINK(1)" : "",
      email: "", birthDate: number % 3 == 0 ? born : nil)
  }

  static func people(_ numbers: Range<Int>) -> [Person] { numbers.compactMap(person) }

  /// A saved vault of `people` in a new directory.
  static func savedVault(_ people: [Person]) throws -> Vault {
    var vault = Vault(directory: try temporaryDirectory("jol-vault-index") + "/vault")
    for person in people { vault.upsert(person) }
    try vault.save()
    return vault
  }

  static func indexBytes(_ directory: String) throws -> [UInt8] {
    try PosixFileSystem().readFile(directory + "/" + VaultIndex.fileName)
  }

  @Test func everyPersonIsFoundAndNoOneElseBeforeAndAfterErasures() throws {
    let present = Self.people(0..<400)
    let absent = Self.people(400..<600)
    #expect(present.contains { $0.iin.value.hasPrefix("000101") })
    #expect(present.filter { $0.iin.value.hasPrefix("0") }.count > 50)
    var vault = try Self.savedVault(present)
    for person in present {
      #expect(VaultIndex.lookup(person.iin, directory: vault.directory) == .person(person))
      #expect(VaultIndex.lookup(person.learner, directory: vault.directory) == .person(person))
    }
    for person in absent {
      #expect(VaultIndex.lookup(person.iin, directory: vault.directory) == .absent)
      #expect(VaultIndex.lookup(person.learner, directory: vault.directory) == .absent)
    }
    // Ids before the first, after the last, and between two.
    for id in ["", "K", "L", "L00000000000000000", "Lzz", "M", "ЖСН"] {
      #expect(VaultIndex.lookup(LearnerID(id), directory: vault.directory) == .absent)
    }
    // Erased and saved again: gone from the index, the others still found.
    let erased = present.enumerated().filter { $0.offset % 9 == 0 }.map(\.element)
    for person in erased { vault.erase(person.learner) }
    try vault.save()
    let index = String(decoding: try Self.indexBytes(vault.directory), as: UTF8.self)
    for person in present {
      let gone = erased.contains(person)
      #expect(
        VaultIndex.lookup(person.iin, directory: vault.directory)
          == (gone ? .absent : .person(person)))
      #expect(
        VaultIndex.lookup(person.learner, directory: vault.directory)
          == (gone ? .absent : .person(person)))
      #expect(index.contains(person.iin.value) == !gone)
    }
  }

  @Test func anEmptyVaultHasAnIndexThatFindsNoOne() throws {
    let vault = try Self.savedVault([])
    let someone = try #require(Self.person(1))
    #expect(VaultIndex.lookup(someone.iin, directory: vault.directory) == .absent)
  }

  @Test func afterAnImportAndAForgetLearnerShowReadsThroughTheIndex() throws {
    let bed = try ImportTestbed()
    try bed.importBasics()
    let directory = bed.data + "/vault"
    let (_, vault) = try bed.stateAndVault()
    #expect(vault.people.count >= 3)
    for person in vault.people.values {
      #expect(VaultIndex.lookup(person.iin, directory: directory) == .person(person))
    }
    let erased = ErasureTests.erased
    let surname = try #require(vault.person(iin: erased)).surname
    let shown = bed.jol(["learner", "show", erased])
    #expect(shown.exitCode == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains(surname))

    #expect(bed.jol(["forget", erased, "--reason", "request 17"]).exitCode == 0)
    #expect(VaultIndex.lookup(try IIN(validating: erased), directory: directory) == .absent)
    #expect(!String(decoding: try Self.indexBytes(directory), as: UTF8.self).contains(erased))
    let after = bed.jol(["learner", "show", erased])
    #expect(after.exitCode == 66)
    #expect(!after.stdout.contains(surname))
    for person in vault.people.values where person.iin.value != erased {
      #expect(VaultIndex.lookup(person.iin, directory: directory) == .person(person))
    }
  }

  /// The store's answer, whichever way it is found.
  static func storeAnswer(_ data: String, _ iin: IIN) throws -> Person? {
    try Store.openForReading(testContext(data: data)).person(iin: iin)
  }

  static func storeAnswer(_ data: String, _ learner: LearnerID) throws -> Person? {
    try Store.openForReading(testContext(data: data)).person(learner: learner)
  }

  @Test func aChangedVaultIsReadWholeUntilAWriterRebuildsTheIndex() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let directory = data + "/vault"
    let path = directory + "/" + Vault.peopleFile
    let sample = try #require(try Vault.load(directory: directory).person(iin: SampleLearner.iin))
    #expect(VaultIndex.lookup(sample.iin, directory: directory) == .person(sample))

    // Appended by hand, without the index: neither the new person nor the old is taken from it.
    var newcomer = try #require(Self.person(3))
    newcomer.learner = LearnerID("Lffffffffffffffff")
    let row = Vault.writer.record([
      newcomer.learner.rawValue, newcomer.iin.value, newcomer.surname, newcomer.name,
      newcomer.patronymic, newcomer.phone, newcomer.email, newcomer.birthDate?.description ?? "",
    ])
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(row.utf8))
    try handle.close()
    #expect(VaultIndex.lookup(newcomer.iin, directory: directory) == nil)
    #expect(VaultIndex.lookup(sample.iin, directory: directory) == nil)
    #expect(VaultIndex.lookup(newcomer.learner, directory: directory) == nil)
    #expect(VaultIndex.lookup(sample.learner, directory: directory) == nil)
    #expect(try Self.storeAnswer(data, newcomer.iin) == newcomer)
    #expect(try Self.storeAnswer(data, sample.iin) == sample)
    #expect(try Self.storeAnswer(data, newcomer.learner) == newcomer)
    #expect(try Self.storeAnswer(data, sample.learner) == sample)

    try VaultIndex.refresh(directory: directory)
    #expect(VaultIndex.lookup(newcomer.iin, directory: directory) == .person(newcomer))
    #expect(VaultIndex.lookup(sample.iin, directory: directory) == .person(sample))
    #expect(VaultIndex.lookup(newcomer.learner, directory: directory) == .person(newcomer))
    #expect(VaultIndex.lookup(sample.learner, directory: directory) == .person(sample))

    // The same size, other bytes (a phone edited by hand): not believed.
    let bytes = try PosixFileSystem().readFile(path)
    let edited = Array(
      String(decoding: bytes, as: UTF8.self).replacingOccurrences(
        of: "+77010000000", with: "+77010000009"
      ).utf8)
    #expect(edited.count == bytes.count && edited != bytes)
    try AtomicFile.write(edited, to: path)
    #expect(VaultIndex.lookup(sample.iin, directory: directory) == nil)
    #expect(VaultIndex.lookup(sample.learner, directory: directory) == nil)
    #expect(try Self.storeAnswer(data, sample.iin)?.phone == "+77010000009")
    #expect(try Self.storeAnswer(data, sample.learner)?.phone == "+77010000009")

    // The same bytes in another file (copied back, restored): still the index of them.
    try AtomicFile.write(bytes, to: path)
    #expect(VaultIndex.lookup(sample.iin, directory: directory) == .person(sample))
  }

  /// Ways an index file can be damaged, each on the sorted file's bytes.
  static let damages: [(String, @Sendable ([UInt8]) -> [UInt8])] = [
    ("one byte cut off", { Array($0.dropLast()) }),
    ("the entries cut off", { Array($0.prefix(VaultIndex.headerSize)) }),
    ("a byte of the header flipped", { flip($0, at: 20) }),
    (
      "a byte of the middle entry flipped",
      { flip($0, at: VaultIndex.headerSize + middle($0) * VaultIndex.entrySize + 5) }
    ),
    (
      "a byte of the middle row flipped",
      { flip($0, at: Int(VaultIndex.rowOffset(middle($0), count: count($0))) + 3) }
    ),
    (
      "two rows swapped",
      { bytes in
        let size = VaultIndex.rowSize
        let first = Int(VaultIndex.rowOffset(middle(bytes), count: count(bytes)))
        var swapped = bytes
        swapped[first..<first + size] = bytes[first + size..<first + 2 * size]
        swapped[first + size..<first + 2 * size] = bytes[first..<first + size]
        return swapped
      }
    ),
    (
      "two entries swapped",
      { bytes in
        let size = VaultIndex.entrySize
        let first = VaultIndex.headerSize + middle(bytes) * size
        var swapped = bytes
        swapped[first..<first + size] = bytes[first + size..<first + 2 * size]
        swapped[first + size..<first + 2 * size] = bytes[first..<first + size]
        return swapped
      }
    ),
    ("empty", { _ in [] }),
  ]

  static func flip(_ bytes: [UInt8], at offset: Int) -> [UInt8] {
    var copy = bytes
    copy[offset] ^= 0x01
    return copy
  }

  /// The number of people an index file of this size lists.
  static func count(_ bytes: [UInt8]) -> UInt64 {
    UInt64((bytes.count - VaultIndex.headerSize) / (VaultIndex.entrySize + VaultIndex.rowSize))
  }

  static func middle(_ bytes: [UInt8]) -> Int { Int(count(bytes)) / 2 }

  @Test(arguments: damages.indices)
  func aDamagedIndexIsNotBelievedAndIsRebuilt(_ damage: Int) throws {
    let (what, change) = Self.damages[damage]
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    var vault = try Vault.load(directory: data + "/vault")
    let people = Self.people(1..<120)
    for person in people { vault.upsert(person) }
    try vault.save()
    let indexPath = vault.directory + "/" + VaultIndex.fileName
    let damaged = change(try Self.indexBytes(vault.directory))
    try AtomicFile.write(damaged, to: indexPath)
    #expect(VaultIndex.verified(damaged) == nil, "\(what)")

    // The people each binary search looks at first: the middle entry's, the middle row's.
    let byIIN = vault.people.values.sorted { $0.iin < $1.iin }
    let byLearner = vault.people.values.sorted { $0.learner < $1.learner }
    #expect(
      VaultIndex.lookup(byIIN[byIIN.count / 2].iin, directory: vault.directory) == nil
        || VaultIndex.lookup(byLearner[byLearner.count / 2].learner, directory: vault.directory)
          == nil,
      "\(what)")
    for person in people {
      for answer in [
        VaultIndex.lookup(person.iin, directory: vault.directory),
        VaultIndex.lookup(person.learner, directory: vault.directory),
      ] {
        #expect(answer == nil || answer == .person(person), "\(what)")
      }
      #expect(try Self.storeAnswer(data, person.iin) == person, "\(what)")
      #expect(try Self.storeAnswer(data, person.learner) == person, "\(what)")
    }

    // A writer's next write rebuilds it.
    let store = try Store.openForWriting(testContext(data: data))
    store.refreshDerivedFiles()
    #expect(VaultIndex.verified(try Self.indexBytes(vault.directory)) != nil, "\(what)")
    for person in people {
      #expect(VaultIndex.lookup(person.iin, directory: vault.directory) == .person(person))
      #expect(VaultIndex.lookup(person.learner, directory: vault.directory) == .person(person))
    }
  }

  @Test func anUnknownIINIsTheSameErrorWithOrWithoutTheIndex() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let indexPath = data + "/vault/" + VaultIndex.fileName
    #expect(FileManager.default.fileExists(atPath: indexPath))
    let unknown = ["learner", "show", "880515300120", "--data", data, "--lang", "en"]
    let withIndex = runJol(unknown)
    try FileManager.default.removeItem(atPath: indexPath)
    let without = runJol(unknown)
    #expect(withIndex.exitCode == 66)
    #expect(withIndex.stderr.contains("88051*****20"))
    #expect(withIndex.exitCode == without.exitCode)
    #expect(withIndex.stderr == without.stderr)
  }

  @Test func aReaderNeverWritesTheIndex() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let indexPath = data + "/vault/" + VaultIndex.fileName
    try FileManager.default.removeItem(atPath: indexPath)
    let before = contentsOfTree(data)
    let shown = runJol(["learner", "show", SampleLearner.iin, "--data", data])
    #expect(shown.exitCode == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains(SampleLearner.surname))
    #expect(contentsOfTree(data) == before)
    #expect(!FileManager.default.fileExists(atPath: indexPath))
  }

  @Test func aVaultNotAsJolWritesItIsMarkedSoAndReadWhole() throws {
    let data = try temporaryDirectory()
    try SampleLearner.write(to: data)
    let directory = data + "/vault"
    let path = directory + "/" + Vault.peopleFile
    // From before birth dates were kept: no such column.
    let old =
      "learner_id,iin,surname,name,patronymic,phone,email\n"
      + "\(SampleLearner.learner.rawValue),\(SampleLearner.iin),\(SampleLearner.surname),"
      + "\(SampleLearner.name),Нұрланқызы,+77010000000,\n"
    try AtomicFile.write(Array(old.utf8), to: path)
    try VaultIndex.refresh(directory: directory)
    let header = try #require(VaultIndex.verified(try Self.indexBytes(directory)))
    #expect(!header.listsRows)
    let iin = try IIN(validating: SampleLearner.iin)
    #expect(VaultIndex.lookup(iin, directory: directory) == nil)
    #expect(try Self.storeAnswer(data, iin)?.surname == SampleLearner.surname)
    // Said once: the next writer does not read the vault again to find the same.
    let inode = { try FileManager.default.attributesOfItem(atPath: directory + "/people.index") }
    let first = try inode()[.systemFileNumber] as? Int
    try VaultIndex.refresh(directory: directory)
    #expect(try inode()[.systemFileNumber] as? Int == first)
  }
}
