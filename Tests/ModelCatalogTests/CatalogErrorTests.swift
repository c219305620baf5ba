import ModelCatalog
import Testing

@Suite struct CatalogErrorTests {
  @Test func namesTheCatalogAndTheKeyAtFault() {
    let error = CatalogError.invalidValue(key: "providers[2].models", expected: "an array")
    #expect(error.description == "built-in catalog: providers[2].models must be an array")
    #expect(CatalogError.missingResource.description.contains("catalog.json"))
  }
}
