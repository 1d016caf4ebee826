import JolApp

#if canImport(Glibc)
  import Glibc
#endif

exit(Jol.run(Array(CommandLine.arguments.dropFirst())))
