"""modelpin beside its peers (issue 19 item 5): the first two rows of BENCHMARKS.md "Beside the peers".

Run by `make bench-peers`, inside the private virtual environment that holds llm and LiteLLM
(Benchmarks/peers/requirements.txt). Both figures are measured in one run, interleaved: each
round times modelpin, then the peer, so a change of load weighs on both alike.

1. start-up: `modelpin status --json` against `llm models default`, each a process of its own
   (posix_spawn and wait4; wall clock and user + system CPU);
2. one routing decision, ten profiles, the first two cooling down: modelpin's micro benchmark
   `route: ten profiles in order` (`modelpin-bench time`, through the interpreter) against
   LiteLLM's `Router.get_available_deployment` over ten deployments of one model, two of them
   in cooldown.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def spawn(argv, env):
    """Runs argv with no output; returns (wall seconds, CPU seconds)."""
    devnull = os.open(os.devnull, os.O_RDWR)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(
            argv[0], argv, env,
            file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
                          (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    finally:
        os.close(devnull)
    if status != 0:
        sys.exit(f"bench-peers: {' '.join(argv)} exited with status {status}")
    return wall, usage.ru_utime + usage.ru_stime


def basic_state(scratch):
    """A private copy of fixtures/state/basic, with the modes modelpin asks for."""
    state = os.path.join(scratch, "state")
    shutil.copytree(os.path.join(ROOT, "fixtures", "state", "basic"), state)
    for folder, _, files in os.walk(state):
        os.chmod(folder, 0o700)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o600)
    return state


def litellm_router():
    """Ten deployments of one model, the first two in cooldown for a minute."""
    from litellm import Router

    deployments = [
        {
            "model_name": "claude-sonnet-4-5",
            "litellm_params": {"model": "anthropic/claude-sonnet-4-5", "api_key": f"sk-ant-api03-BENCH{i}"},
            "model_info": {"id": f"anthropic:p{i}"},
        }
        for i in range(10)
    ]
    router = Router(model_list=deployments)
    for i in range(2):
        router.health().cooldowns.add_deployment_to_cooldown(
            model_id=f"anthropic:p{i}", original_exception=Exception("rate limited"), exception_status=429,
            cooldown_time=60)
    messages = [{"role": "user", "content": "hello"}]
    chosen = {router.get_available_deployment(model="claude-sonnet-4-5", messages=messages)["model_info"]["id"]
              for _ in range(200)}
    if chosen & {"anthropic:p0", "anthropic:p1"}:
        sys.exit(f"bench-peers: LiteLLM routed to a deployment in cooldown: {sorted(chosen)}")
    return lambda: router.get_available_deployment(model="claude-sonnet-4-5", messages=messages)


def litellm_route_seconds(route, calls):
    """Seconds per call of `route`, over `calls` calls."""
    start = time.perf_counter()
    for _ in range(calls):
        route()
    return (time.perf_counter() - start) / calls


def modelpin_route_seconds(bench, iterations):
    """Seconds per route, as `modelpin-bench time` reports it (its fastest batch's mean)."""
    output = subprocess.run(
        [bench, "time", "route: ten profiles in order", "--iterations", str(iterations)],
        check=True, capture_output=True, text=True).stdout
    return float(output.split()[0]) / 1e9


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            model = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores, {model}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def load():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modelpin", required=True, help="the release modelpin binary")
    parser.add_argument("--bench", required=True, help="the release modelpin-bench binary")
    parser.add_argument("--runs", type=int, default=20, help="interleaved start-up runs of each (default 20)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved routing rounds (default 5)")
    arguments = parser.parse_args()
    import importlib.metadata as metadata

    print(f"bench-peers {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {machine()}")
    print(f"llm {metadata.version('llm')}, litellm {metadata.version('litellm')}; load average before: {load()}")
    scratch = tempfile.mkdtemp(prefix="modelpin-bench-peers-")
    try:
        state = basic_state(scratch)
        environment = dict(os.environ, LLM_USER_PATH=os.path.join(scratch, "llm"), NO_COLOR="1")
        modelpin = [os.path.abspath(arguments.modelpin), "status", "--json", "--state-dir", state]
        llm = [os.path.join(os.path.dirname(sys.executable), "llm"), "models", "default"]
        for _ in range(3):
            spawn(modelpin, environment)
            spawn(llm, environment)
        starts = {"modelpin": [], "llm": []}
        for _ in range(arguments.runs):
            starts["modelpin"].append(spawn(modelpin, environment))
            starts["llm"].append(spawn(llm, environment))

        route = litellm_router()
        litellm_route_seconds(route, 500)
        routes = {"modelpin": [], "litellm": []}
        for _ in range(arguments.rounds):
            routes["modelpin"].append(modelpin_route_seconds(arguments.bench, 20_000))
            routes["litellm"].append(litellm_route_seconds(route, 2_000))
        print(f"load average after: {load()}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def median(samples, index):
        return statistics.median(sample[index] for sample in samples)

    ours, theirs = median(starts["modelpin"], 0), median(starts["llm"], 0)
    our_route, their_route = statistics.median(routes["modelpin"]), statistics.median(routes["litellm"])
    print()
    print("| figure | modelpin | beside | ratio |")
    print("|---|---|---|---|")
    print(
        f"| start-up, `status --json` (median of {arguments.runs}, wall; CPU) | {ours * 1e3:.1f} ms; "
        f"{median(starts['modelpin'], 1) * 1e3:.1f} ms | `llm models default` {theirs * 1e3:.0f} ms; "
        f"{median(starts['llm'], 1) * 1e3:.0f} ms | llm {theirs / ours:.0f}× slower |")
    print(
        f"| one routing decision, 10 profiles, 2 cooling (median of {arguments.rounds} rounds) | "
        f"{our_route * 1e6:.2f} µs | LiteLLM Router `get_available_deployment` {their_route * 1e6:.0f} µs | "
        f"LiteLLM {their_route / our_route:.0f}× slower |")


if __name__ == "__main__":
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    main()
