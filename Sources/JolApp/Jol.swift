/// The `jol` command line: entry point called by the executable's `main.swift`.
public enum Jol {
  /// Runs the command line with `arguments` (without the program name) and returns the exit code.
  public static func run(_ arguments: [String]) -> Int32 {
    print("jol: nothing here yet")
    return 0
  }
}
