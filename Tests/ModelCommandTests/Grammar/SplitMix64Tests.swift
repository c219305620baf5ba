import ModelPinTestSupport
import Testing

@Suite struct SplitMix64Tests {
  @Test func producesTheReferenceSequence() {
    var random = SplitMix64(seed: 0)
    #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func staysWithinTheRequestedRange() {
    var random = SplitMix64(seed: 7)
    let values = (0..<10_000).map { _ in random.int(in: -3...3) }
    #expect(Set(values) == Set(-3...3))
  }
}
