import AuthProfiles
import StateFolder

/// Where `modelpin doctor` reads the agent's auth document: `auth-profiles.json`, or, when a
/// database is in use, the document the database holds (spec §8). The checks of profiles,
/// orders, expiry and secrets run on either, and their findings name it.
enum DoctorAuthDocument {
  /// The state folder's file.
  case file(path: String)
  /// The database's document as the examination read it: nil when the agent has none, or the
  /// database could not be read (a finding of its own).
  case database(location: String, document: String?)

  /// What the findings name: the file's path, or the server (password masked) and agent.
  var location: String {
    switch self {
    case .file(let path): path
    case .database(let location, _): location
    }
  }

  /// The document as stored; nil when there is none.
  func bytes() throws(StateFileError) -> [UInt8]? {
    switch self {
    case .file(let path): try StateFile.read(path)
    case .database(_, let document): document.map { Array($0.utf8) }
    }
  }

  /// The document parsed, its secret references resolved; an empty store when there is none.
  func store(secrets: SecretResolver) throws(AuthStoreError) -> AuthStore {
    switch self {
    case .file(let path):
      return try AuthProfileFile(path: path, secrets: secrets).load()
    case .database(let location, let document):
      let store = try document.map { text throws(AuthStoreError) in
        try AuthStore(parsing: Array(text.utf8), path: location)
      }
      return secrets.resolving(store ?? AuthStore(), keepingThoseOf: nil)
    }
  }
}
