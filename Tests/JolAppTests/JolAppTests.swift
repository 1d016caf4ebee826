// Tests of JolApp: commands run in-process and the `jol` executable end to end.
import Testing
