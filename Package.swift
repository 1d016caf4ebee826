// swift-tools-version:6.0
import PackageDescription

// Jol: one package, library targets with a one-way dependency direction, a thin executable.
//
//   JolModel  ←  JolPolicy, JolDiagnostics, JolMatching  ←  JolReports  ←  JolApp  ←  jol
//   JolLog (independent: bytes and records only)                         ↗
//
// No third-party packages: Foundation, Glibc, Dispatch, Synchronization and Testing only.

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

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
    .target(name: "JolPolicy", dependencies: ["JolModel"], swiftSettings: swiftSettings),
    .target(name: "JolDiagnostics", dependencies: ["JolModel"], swiftSettings: swiftSettings),
    .target(name: "JolMatching", dependencies: ["JolModel"], swiftSettings: swiftSettings),
    .target(
      name: "JolReports",
      dependencies: ["JolModel", "JolPolicy", "JolDiagnostics", "JolMatching"],
      swiftSettings: swiftSettings),
    .target(
      name: "JolApp",
      dependencies: ["JolModel", "JolLog", "JolPolicy", "JolDiagnostics", "JolMatching", "JolReports"],
      swiftSettings: swiftSettings),
    .executableTarget(name: "jol", dependencies: ["JolApp"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "jol-bench",
      dependencies: ["JolModel", "JolLog", "JolPolicy", "JolApp"],
      swiftSettings: swiftSettings),

    .testTarget(
      name: "JolModelTests", dependencies: ["JolModel"], exclude: ["Fixtures"],
      swiftSettings: swiftSettings),
    // JolLogTests use JolModel's seeded generator; the JolLog library itself stays independent.
    .testTarget(
      name: "JolLogTests", dependencies: ["JolLog", "JolModel"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JolPolicyTests", dependencies: ["JolPolicy", "JolModel"], exclude: ["Golden"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "JolDiagnosticsTests", dependencies: ["JolDiagnostics"], swiftSettings: swiftSettings),
    .testTarget(name: "JolMatchingTests", dependencies: ["JolMatching"], swiftSettings: swiftSettings),
    .testTarget(name: "JolReportsTests", dependencies: ["JolReports"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JolAppTests",
      dependencies: ["JolApp", "JolModel", "JolLog", "JolPolicy", "jol"],
      swiftSettings: swiftSettings),
  ]
)
