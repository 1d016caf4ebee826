import Testing

@testable import JolModel

/// Every message passes through one rule: a 12-digit run that may be an IIN is masked; a BIN or
/// another number that cannot begin with a birth date is not.
@Suite struct IINMaskingAllTests {
  @Test func mayBeIINsAreMaskedOthersKept() {
    #expect(IIN.maskingAll(in: "IIN 070514500011 here") == "IIN 07051*****11 here")
    #expect(IIN.maskingAll(in: "typo 070514500012.") == "typo 07051*****12.")
    #expect(IIN.maskingAll(in: "BIN 940140000385") == "BIN 940140000385")
    #expect(IIN.maskingAll(in: "13 digits 0705145000112") == "13 digits 0705145000112")
    #expect(IIN.maskingAll(in: "two 070514500011,100409500097") == "two 07051*****11,10040*****97")
    #expect(IIN.maskingAll(in: "short 12345") == "short 12345")
  }
}
