// swift-tools-version:6.0
import PackageDescription

// Jol: one package, library targets with a one-way dependency direction, a thin executable.
//
//   JolModel  ←  JolFormat  ←  JolPolicy, JolDiagnostics, JolMatching  ←  JolReports  ←  JolApp  ←  jol
//   JolLog (independent: bytes and records only)                                      ↗
//
// JolFormat is the one output layer: tables (text, CSV, JSON Lines), the JSON writer and reader,
// numbers, money and dates as each language writes them. Every renderer writes through it.
//
// No third-party packages: Foundation, Glibc, Dispatch, Synchronization and Testing only.

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

// Disclosure control's audit searches integer ranges and is ~30× slower unoptimised: the report
// engine is optimised in debug builds too, so `swift run jol demo` and `swift test` (which build
// in debug) stay quick. `-enable-testing`, which SwiftPM adds in debug, keeps @testable imports.
let optimisedInDebug: [SwiftSetting] =
  swiftSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
  name: "Jol",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "jol", targets: ["jol"]),
    .executable(name: "jol-bench", targets: ["jol-bench"]),
    .library(name: "JolApp", targets: ["JolApp"]),
  ],
  targets: [
    .target(name: "JolModel", swiftSettings: swiftSettings),
    .target(name: "JolLog", swiftSettings: swiftSettings),
    .target(name: "JolFormat", dependencies: ["JolModel"], swiftSettings: swiftSettings),
    .target(
      name: "JolPolicy", dependencies: ["JolModel", "JolFormat"], swiftSettings: swiftSettings),
    .target(
      name: "JolDiagnostics", dependencies: ["JolModel", "JolFormat"],
      swiftSettings: swiftSettings),
    .target(
      name: "JolMatching", dependencies: ["JolModel", "JolFormat"], swiftSettings: swiftSettings),
    .target(
      name: "JolReports",
      dependencies: ["JolModel", "JolFormat", "JolPolicy", "JolDiagnostics", "JolMatching"],
      swiftSettings: optimisedInDebug),
    .target(
      name: "JolApp",
      dependencies: [
        "JolModel", "JolFormat", "JolLog", "JolPolicy", "JolDiagnostics", "JolMatching",
        "JolReports",
      ],
      swiftSettings: swiftSettings),
    .executableTarget(name: "jol", dependencies: ["JolApp"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "jol-bench",
      dependencies: [
        "JolModel", "JolFormat", "JolLog", "JolPolicy", "JolDiagnostics", "JolMatching",
        "JolReports", "JolApp",
      ],
      swiftSettings: swiftSettings),

    .testTarget(
      name: "JolModelTests", dependencies: ["JolModel"], exclude: ["Fixtures"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "JolFormatTests", dependencies: ["JolFormat", "JolModel"], swiftSettings: swiftSettings),
    // JolLogTests use JolModel's seeded generator; the JolLog library itself stays independent.
    .testTarget(
      name: "JolLogTests", dependencies: ["JolLog", "JolModel"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JolPolicyTests", dependencies: ["JolPolicy", "JolFormat", "JolModel"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "JolDiagnosticsTests", dependencies: ["JolDiagnostics", "JolModel"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "JolMatchingTests", dependencies: ["JolMatching"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JolReportsTests", dependencies: ["JolReports", "JolFormat", "JolModel"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "JolAppTests",
      dependencies: ["JolApp", "JolFormat", "JolModel", "JolLog", "JolPolicy", "jol"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings),
  ]
)
