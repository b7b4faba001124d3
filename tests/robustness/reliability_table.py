#!/usr/bin/python3
"""Prints docs/reliability.md's "Bad inputs" table from a run of the corpus:

    SITEFIT_ROBUSTNESS_REPORT=/tmp/report.tsv build/<dir>/tests/robustness/sitefit_robustness_tests
    /usr/bin/python3 tests/robustness/reliability_table.py /tmp/report.tsv

Runs of one case that give the same exit code and message are one row; paths are shown as
the user would have them (tests/data/bad/<case>/..., workspace.gpkg for the built workspace,
"…" for the other required sources, taken from base/).
"""

import collections
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
MANIFEST = os.path.join(HERE, "..", "data", "bad", "cases.toml")
WORKSPACE_COMMANDS = ("capacity", "match", "chains", "allocate")


def main(report):
    with open(MANIFEST, "rb") as f:
        cases = tomllib.load(f)["case"]
    about = {c["name"]: c["about"] for c in cases}
    expected = {}
    for c in cases:
        for command in c.get("commands", []):
            expected[(c["name"], command)] = c.get("messages", [])
        for run in c.get("run", []):
            expected[(c["name"], run["command"])] = run.get("messages", c.get("messages", []))

    def paths(text, case):
        return (text.replace("{case}", "tests/data/bad/" + case)
                .replace("{base}", "tests/data/bad/base")
                .replace("{workspace}", "workspace.gpkg").replace("{out}", "out"))

    groups = collections.OrderedDict()
    with open(report, encoding="utf-8") as f:
        for line in f:
            case, command, code, message = line.rstrip("\n").split("\t")
            if code == "0":
                message = "(succeeds) " + ("; ".join(expected.get((case, command), []))
                                           or "the usual output")
            else:
                message = message.split(" | ")[0]
            # capacity, match, chains and allocate of one workspace share a row.
            verb, _, rest = command.partition(" ")
            shared = verb in WORKSPACE_COMMANDS and not rest.startswith("--")
            key = (case, code, message, rest if shared else command, shared)
            groups.setdefault(key, []).append(verb)

    print("| case | what is wrong | command | exit | what the user sees |")
    print("|---|---|---|---:|---|")
    seen = set()
    for name in [c["name"] for c in cases]:
        for (case, code, message, command, shared), verbs in groups.items():
            if case != name:
                continue
            command = "sitefit " + ("\\|".join(verbs) + " " + command if shared else command)
            stripped = re.sub(r" --(zones|parcels|buildings|enterprises|projects|chains|"
                              r"categories|chain-links) \{base\}/\S+", "", command)
            if stripped != command:
                command = stripped + " …"
            text = paths(message, case).replace("|", "\\|")
            if code != "0":
                text = ("`` %s ``" if "`" in text else "`%s`") % text
            first = case not in seen
            seen.add(case)
            print("| %s | %s | `%s` | %s | %s |" % (
                "`%s`" % case if first else "", about[case] if first else "",
                paths(command, case), code, text))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/report.tsv")
