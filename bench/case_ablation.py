"""Ablate the rules that recode the classifier's label after it (the codebook, the territory rules, one event per
note, the weapon rules) on CASE-style snippet files, one rule at a time, and print what each rule wins and loses.

A rule is worth keeping where it wins on text it was not written for: each file is scored end to end with the rule
switched off, beside the full pipeline; a rule's wins are the snippets the pipeline gets right only with it, its
losses those it gets right only without it.  The tune file is also cut into folds (by line), so that a rule whose
gains sit in one fold (the few snippets it was written for) shows as such.

Usage: python bench/case_ablation.py FILE.tsv [FILE.tsv ...] [--only NAME,NAME] [--folds 5]
The files are only read to measure.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from importlib import import_module

from sitrep.analyse.events.types import NON_ACLED_CASE_LABELS, case_of
from sitrep.eval.case import read_case_tsv, scores
from sitrep.eval.endtoend import TextRecord, run_texts


def _identity(events, *rest):
    return events


# name → (module, attribute, replacement): each switches one rule off
ABLATIONS = {
    "one_event_per_note": ("sitrep.analyse.events.stage", "one_event_per_note", lambda events, n: events),
    "battle_with_its_outcome": ("sitrep.analyse.events.one_event", "_battle_with_its_outcome", _identity),
    "protesters_arrested": ("sitrep.analyse.events.one_event", "_protesters_arrested", _identity),
    "codebook_label": ("sitrep.analyse.events.sentences", "codebook_label", lambda ctx, s, sc, label, tok: label),
    "vehicle_bomb_label": ("sitrep.analyse.events.codebook", "vehicle_bomb_label", lambda *a: None),
    "weapon_of_the_deed": ("sitrep.analyse.events.codebook", "weapon_of_the_deed", lambda *a: None),
    "weapon_disrupted": ("sitrep.analyse.events.codebook", "weapon_disrupted", lambda *a: False),
    "poisoned": ("sitrep.analyse.events.codebook", "poisoned", lambda *a: False),
    "explosion_label": ("sitrep.analyse.events.codebook", "_explosion_label", lambda *a: None),
    "attack_or_clash": ("sitrep.analyse.events.codebook", "_attack_or_clash", lambda ctx, text, rest, armed, civ: "ATTACK"),
    "protest_label": ("sitrep.analyse.events.codebook", "protest_label", lambda *a: None),
    "violence_only_protested": ("sitrep.analyse.events.codebook", "violence_only_protested", lambda *a: False),
    "organised_did": ("sitrep.analyse.events.codebook", "_organised_did", lambda *a: False),
    "fate_of_the_taken": ("sitrep.analyse.events.codebook", "fate_of_the_taken", lambda *a: None),
    "territory_change": ("sitrep.analyse.events.sentences", "territory_change", lambda *a: None),
    "unopposed": ("sitrep.analyse.events.sentences", "unopposed", lambda *a: False),
    "code_gainer": ("sitrep.analyse.events.sentences", "_code_gainer", lambda *a: None),
    "coded_by_taker": ("sitrep.analyse.events.stage", "coded_by_taker", lambda ctx, et, st, *a: (et, st)),
    "short_text_event": ("sitrep.analyse.events.stage", "_short_text_event", lambda *a: []),
    "prefer_main_clause": ("sitrep.analyse.events.sentences", "prefer_main_clause", lambda s, sc, label: label),
}


@contextmanager
def switched_off(name: str):
    module_name, attr, replacement = ABLATIONS[name]
    module = import_module(module_name)
    kept = getattr(module, attr)
    setattr(module, attr, replacement)
    try:
        yield
    finally:
        setattr(module, attr, kept)


def predict(texts: list[str], analyzer) -> list[str]:
    run = run_texts([TextRecord(key=f"s-{i}", text=t, language="en") for i, t in enumerate(texts)], analyzer=analyzer)
    out = []
    for result in run.results:
        event = result.primary_event()
        out.append(case_of(event.sub_event_type) if event else "NONE")
    return out


def f1_on(gold: list[str], predicted: list[str], keep: list[int]) -> float:
    return scores([gold[i] for i in keep], [predicted[i] for i in keep])["weighted_f1"] if keep else 0.0


def main() -> None:
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    args = sys.argv[1:]
    only = None
    folds = 5
    if "--only" in args:
        k = args.index("--only")
        only = args[k + 1].split(",")
        del args[k:k + 2]
    if "--folds" in args:
        k = args.index("--folds")
        folds = int(args[k + 1])
        del args[k:k + 2]
    analyzer = Analyzer(load_knowledge(None, actor_files=[]))
    files = {path: read_case_tsv(path) for path in args}
    base = {path: predict(texts, analyzer) for path, (texts, gold) in files.items()}
    for path, (texts, gold) in files.items():
        acled = [i for i, g in enumerate(gold) if g not in NON_ACLED_CASE_LABELS]
        print(f"{path}: pipeline e2e {f1_on(gold, base[path], acled):.4f}")
    for name in only or ABLATIONS:
        with switched_off(name):
            for path, (texts, gold) in files.items():
                acled = [i for i, g in enumerate(gold) if g not in NON_ACLED_CASE_LABELS]
                off = predict(texts, analyzer)
                wins = [i for i in acled if base[path][i] == gold[i] != off[i]]
                losses = [i for i in acled if off[i] == gold[i] != base[path][i]]
                per_fold = []
                for f in range(folds):
                    keep = [i for i in acled if i % folds == f]
                    per_fold.append(round(f1_on(gold, base[path], keep) - f1_on(gold, off, keep), 3))
                print(f"{name:26s} {path.rsplit('/', 1)[-1]:28s} off {f1_on(gold, off, acled):.4f} "
                      f"wins {len(wins)} losses {len(losses)} fold gains {per_fold}")
                for i in wins:
                    print(f"    win  {gold[i]:30s} off→{off[i]}")
                for i in losses:
                    print(f"    loss {gold[i]:30s} with→{base[path][i]}")


if __name__ == "__main__":
    main()
