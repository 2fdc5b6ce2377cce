#!/usr/bin/env python3
"""Where a JMH benchmark's time and allocation go, per phase of the read path (BENCHMARKS.md, "Profile").

Reads the JSON of `jfr print --json --events jdk.ExecutionSample` (time) or `jdk.ObjectAllocationSample`
(allocation, weighted by the sampled bytes) and counts the JMH worker thread's samples per phase, after
the first 12 s (JMH's warm-up) and leaving out class loading and class initialisation. A sample's phase is
validation if Hibernate Validator, or the read-path checks (ReadChecks and core's constraint validators),
are anywhere on its stack, otherwise the first of these from the leaf:
tokens (jackson-core), tree (TreeReader, Jackson nodes), envelope, decode (io internals and core types).
Usage: jfr-phases.py EVENTS.json [weight]
"""
import collections
import datetime
import json
import sys


def phase(frames):
    names = [f["method"]["type"]["name"].replace("/", ".") for f in frames]
    if any(n.startswith(("org.hibernate.validator.", "jakarta.validation.",
                         "org.msbiome.io.internal.ViolationPointers", "org.msbiome.io.internal.ReadChecks",
                         "org.msbiome.io.internal.ConstraintPlan", "org.msbiome.io.internal.CheckContext",
                         "org.msbiome.core.internal.Violations"))
           or (n.startswith("org.msbiome.core.") and ".internal." in n and n.endswith("Validator"))
           for n in names):
        return "validation (Bean Validation or the read-path checks, violations to pointers)"
    for n in names:
        if n.startswith("tools.jackson.core."):
            return "tokens (jackson-core parser)"
        if n.startswith(("org.msbiome.io.internal.TreeReader", "tools.jackson.databind.node.")):
            return "tree (TreeReader, duplicate detection, nodes)"
        if n.startswith("org.msbiome.io.internal.Envelope"):
            return "envelope"
        if n.startswith(("org.msbiome.io.internal.", "org.msbiome.core.")):
            return "decode (codecs, core factories and constructors)"
        if n.startswith("org.msbiome.io.MsbiomeReader"):
            return "reader (problem list)"
    return "other (benchmark loop, JVM)"


def start(event):
    return datetime.datetime.fromisoformat(event["values"]["startTime"][:26])


def main(path, weight=None):
    events = [e for e in json.load(open(path))["recording"]["events"] if e["values"].get("stackTrace")]
    events = [e for e in events if "jmh-worker" in ((e["values"].get("sampledThread")
                                                     or e["values"].get("eventThread") or {}).get("javaName") or "")]
    first = min(start(e) for e in events)
    counts = collections.Counter()
    used = 0
    for e in events:
        if (start(e) - first).total_seconds() < 12:
            continue
        frames = e["values"]["stackTrace"]["frames"]
        if any("loadClass" in f["method"]["name"] or f["method"]["name"] == "<clinit>" for f in frames):
            continue
        used += 1
        counts[phase(frames)] += e["values"].get(weight, 1) if weight else 1
    total = sum(counts.values())
    print(f"{path}: {used} samples")
    for name, value in counts.most_common():
        print(f"| {name} | {100 * value / total:.1f}% |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
