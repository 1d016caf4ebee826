// Tests of JolPolicy. The target has no code yet; its tests arrive with it.
import Testing
