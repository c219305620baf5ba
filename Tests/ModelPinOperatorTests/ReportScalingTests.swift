import AuthProfiles
import Foundation
import ModelPin
import ModelPinOperator
import SessionState
import Testing

extension OperatorTests {
  /// `status`, `auth list` and `/model status` take time linear in a provider's profile count:
  /// eight times the profiles may take about eight times as long, never sixty-four.
  @Suite(.serialized) struct ReportScalingTests {
    /// An auth file of `count` anthropic profiles of every type, half of them in the order, some cooling.
    static func authFile(count: Int) -> String {
      var profiles: [String] = []
      var order: [String] = []
      var usage: [String] = []
      for index in 0..<count {
        let id = "anthropic:p\(index)"
        switch index % 3 {
        case 0:
          profiles.append(
            #""\#(id)": {"type": "api_key", "provider": "anthropic", "key": "sk-ant-\#(index)-000000000000"}"#)
        case 1:
          profiles.append(
            #""\#(id)": {"type": "token", "provider": "anthropic", "token": "sk-ant-oat-\#(index)-0000000", "expires": 1895514400000}"#
          )
        default:
          profiles.append(#""\#(id)": {"type": "oauth", "provider": "anthropic", "access": "a", "refresh": "r"}"#)
        }
        if index % 2 == 0 { order.append(#""\#(id)""#) }
        if index % 5 == 0 { usage.append(#""\#(id)": {"cooldownUntil": 1795518000000, "errorCount": 1}"#) }
      }
      return ModelPinOperatorTests.authFile(
        profiles: "{" + profiles.joined(separator: ",") + "}",
        order: #"{"anthropic": ["# + order.joined(separator: ",") + "]}",
        usageStats: "{" + usage.joined(separator: ",") + "}")
    }

    /// The reports over `count` profiles, ready to run.
    struct Reports {
      let context: OperatorContext
      let store: AuthStore
      let interpreter: Interpreter

      init(count: Int) throws {
        let state = try OperatorState(auth: authFile(count: count))
        context = try state.context()
        store = try context.authStore()
        interpreter = try Interpreter(
          workspace: context.workspace, sessions: InMemorySessionStore(),
          auth: try AuthStateSnapshot(of: AuthProfileFile(path: state.authPath)))
      }

      /// One run of every report, in seconds.
      func seconds() -> Double {
        let start = ContinuousClock.now
        _ = StatusReport(context: context, store: store).text(in: context, style: .plain)
        _ = AuthListing(context: context, store: store).text(in: context, style: .plain)
        _ = interpreter.handle("/model status", session: "main", at: testNow)
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      }
    }

    @Test func reportsGrowLinearlyWithTheProfilesOfOneProvider() throws {
      let (smallReports, largeReports) = (try Reports(count: 1_000), try Reports(count: 8_000))
      // The fastest of three runs each, taken in turns, so that a busy machine slows both alike.
      var (small, large) = (Double.infinity, Double.infinity)
      for _ in 0..<3 {
        small = min(small, smallReports.seconds())
        large = min(large, largeReports.seconds())
      }
      #expect(large < 24 * small, "8,000 profiles took \(large) s, 1,000 took \(small) s")
    }
  }
}
