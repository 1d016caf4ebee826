import Foundation
import JolApp

exit(Jol.run(Array(CommandLine.arguments.dropFirst())))
