import ModelPin
import SafeText
import StateFolder

extension MessageCatalog {
  /// How the state folder was chosen, e.g. `from --state-dir` (spec §2).
  public func text(_ source: StateLayout.FolderSource) -> SafeText {
    switch source {
    case .flag: text(.cliStateFromFlag)
    case .modelpinVariable: text(.cliStateFromModelpinVariable)
    case .openclawVariable: text(.cliStateFromOpenclawVariable)
    case .modelpinHome: text(.cliStateModelpinHome)
    case .openclawHome: text(.cliStateOpenclawHome)
    case .newModelpinHome: text(.cliStateNewHome)
    }
  }
}
