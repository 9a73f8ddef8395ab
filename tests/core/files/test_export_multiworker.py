"""Export → Python script, past one machine: `--distribute` with a TF_CONFIG naming a cluster trains under
tf.distribute.MultiWorkerMirroredStrategy. Two workers run here on 127.0.0.1 (no other network) and must end
with the same loss; only the chief (worker 0) writes into the output folder.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from playground.core.experiment.config import default_experiment
from playground.core.files import export_script
from tests.helpers import describe, run_ok

EPOCHS = 3
TIMEOUT = 900  # both workers, from their start; ~15 s on an idle two-core machine
# Signals TensorFlow's distributed runtime sometimes dies of on a busy machine, not the script (see
# test_export_script's CRASHES); a port another process took between our pick and the worker's bind.
CRASHES = (-signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT)
PORT_TAKEN = re.compile(r"address already in use|failed to add port|could not start grpc server", re.IGNORECASE)
FINAL_LOSS = re.compile(r"^worker (\d): final loss (\S+)$", re.MULTILINE)


def _free_ports(n: int) -> list[int]:
    """`n` ports on 127.0.0.1 that were free a moment ago (the workers bind them a few seconds later)."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _run_cluster(script: Path, out: Path, logs: Path) -> list[subprocess.CompletedProcess]:
    """Runs the script as worker 0 and worker 1 of a two-machine cluster on 127.0.0.1 and waits for both;
    when one fails the other, left waiting for its partner, is stopped a minute later."""
    ports = _free_ports(2)
    cluster = {"worker": [f"127.0.0.1:{port}" for port in ports]}
    started = []
    for index in range(2):
        task = {"type": "worker", "index": index}
        env = {**_environment(), "TF_CONFIG": json.dumps({"cluster": cluster, "task": task})}
        command = [sys.executable, str(script), "--distribute", "--epochs", str(EPOCHS), "--out", str(out)]
        stdout, stderr = open(logs / f"{index}.out", "w+"), open(logs / f"{index}.err", "w+")  # noqa: SIM115
        process = subprocess.Popen(command, cwd=script.parent, env=env, stdout=stdout, stderr=stderr, text=True)
        started.append((command, process, stdout, stderr))
    deadline, partner_failed = time.monotonic() + TIMEOUT, None
    while any(process.poll() is None for _, process, _, _ in started):
        failed = any(process.poll() not in (None, 0) for _, process, _, _ in started)
        if failed and partner_failed is None:
            partner_failed = time.monotonic()
        if time.monotonic() > deadline or (partner_failed and time.monotonic() > partner_failed + 60):
            for _, process, _, _ in started:
                if process.poll() is None:
                    process.kill()
        time.sleep(0.2)
    results = []
    for command, process, stdout, stderr in started:
        process.wait()
        stdout.seek(0), stderr.seek(0)
        results.append(subprocess.CompletedProcess(command, process.returncode, stdout.read(), stderr.read()))
        stdout.close(), stderr.close()
    return results


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TF_CONFIG"}
    env.update(PYTHONFAULTHANDLER="1", CUDA_VISIBLE_DEVICES="-1")  # two processes, one machine: no GPU to share
    return env


def _retry(results: list[subprocess.CompletedProcess]) -> bool:
    """Whether a failed cluster is worth one more try: a worker crashed, or found its port taken."""
    return any(r.returncode in CRASHES or (r.returncode != 0 and PORT_TAKEN.search(r.stderr)) for r in results)


def test_two_workers_train_one_experiment_to_the_same_result(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(export_script.script(default_experiment(), script_path=script), encoding="utf-8")
    text = script.read_text(encoding="utf-8")
    assert "TF_CONFIG=" in text and "MultiWorkerMirroredStrategy" in text
    attempts = []
    while len(attempts) < 3:
        out, logs = tmp_path / f"out{len(attempts)}", tmp_path / f"logs{len(attempts)}"
        logs.mkdir()
        began = time.monotonic()
        attempts.append((out, _run_cluster(script, out, logs)))
        seconds = time.monotonic() - began
        if all(r.returncode == 0 for r in attempts[-1][1]) or not _retry(attempts[-1][1]):
            break
    out, results = attempts[-1]
    assert all(r.returncode == 0 for r in results), "\n\n".join(describe(r) for _, rs in attempts for r in rs)
    chief, other = results
    assert "This is worker 0 of a cluster of 2: it writes into" in chief.stdout
    assert "This is worker 1 of a cluster of 2: it leaves the files to the chief" in other.stdout
    assert "Training on 2 replica(s)." in chief.stdout
    # Only the chief names the files it wrote; the other's went into a folder deleted since.
    assert "Wrote " in chief.stdout and "wrote nothing" not in chief.stdout
    assert "worker 1 wrote nothing: the chief writes" in other.stdout and "Wrote " not in other.stdout
    losses = {}
    for result in results:
        found = FINAL_LOSS.findall(result.stdout)
        assert len(found) == 1, describe(result)
        losses[int(found[0][0])] = float(found[0][1])
    assert set(losses) == {0, 1}
    assert abs(losses[0] - losses[1]) <= 1e-5, losses
    # The chief wrote the run's files; its history is the cluster's (every worker's logs are averaged).
    with open(out / "history.csv", newline="") as fh:
        history = list(csv.DictReader(fh))
    assert [int(row["epoch"]) for row in history] == list(range(EPOCHS))
    assert abs(float(history[-1]["loss"]) - losses[0]) <= 1e-7
    assert (out / "model.keras").stat().st_size > 1000
    assert str(out) not in other.stdout  # worker 1 wrote its copies elsewhere, and removed them
    # The same run on one machine: the cluster's global batch is the experiment's, so the history is the same
    # but for float32 rounding (each worker's half-batch gradients are added up over the network).
    command = [sys.executable, str(script), "--epochs", str(EPOCHS), "--out", str(tmp_path / "alone")]
    alone = run_ok(command, env=_environment(), timeout=TIMEOUT)
    assert "cluster" not in alone.stdout
    with open(tmp_path / "alone" / "history.csv", newline="") as fh:
        one_machine = list(csv.DictReader(fh))
    for row, single in zip(history, one_machine, strict=True):
        for key, value in single.items():
            assert abs(float(row[key]) - float(value)) <= 1e-5 * max(abs(float(value)), 1.0), (key, row, single)
    print(f"\ntwo workers, {EPOCHS} epochs, {seconds:.1f} s: final loss {losses[0]!r} and {losses[1]!r}")


def test_the_chief_is_the_chief_task_or_else_worker_0(tmp_path, monkeypatch):
    script = tmp_path / "run.py"
    script.write_text(export_script.script(default_experiment(), script_path=script), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("exported_multiworker", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.delenv("TF_CONFIG", raising=False)
    assert module.tf_config() == {} and module.cluster_size({}) == 0
    workers = {"worker": ["a:1", "b:1", "c:1"]}
    monkeypatch.setenv("TF_CONFIG", json.dumps({"cluster": workers, "task": {"type": "worker", "index": 1}}))
    assert module.cluster_size(module.tf_config()) == 3 and not module.is_chief(module.tf_config())
    assert module.is_chief({"cluster": workers, "task": {"type": "worker", "index": 0}})
    with_chief = {"chief": ["a:1"], "worker": ["b:1"]}
    assert module.is_chief({"cluster": with_chief, "task": {"type": "chief", "index": 0}})
    assert not module.is_chief({"cluster": with_chief, "task": {"type": "worker", "index": 0}})
    assert module.cluster_size({"cluster": with_chief}) == 2
