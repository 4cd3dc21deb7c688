"""Evaluate extraction on the seeds and on real annotated corpora (PolNeAR dev, MEANTIME).

    python -m builder.evaluate [--corpus polnear|meantime|entity-coref|meantime_events|seeds|all] [--limit N] [--gates eval/gates.yml]

The corpora are read at run time from ``../shared/corpora`` (never copied into the
repository: see that folder's README). A missing corpus is skipped with a message.

PolNeAR (brat standoff): a gold *direct quote* is an attribution whose Content span
lies (mostly) inside quotation marks. A gold quote is *found* when one of our quotes
overlaps its Content characters, and *rightly attributed* when our speaker (actor
name, aliases or the raw surface speaker) shares a name token with the gold Source.
Pronoun sources ("he", "who") are resolved to the nearest preceding named gold
Source; a source with no name at all ("a source", "officials") is unmatchable and
counted apart.

MEANTIME (CAT XML, intra-document layer): gold actors are the PER/ORG/LOC entity
instances with at least one proper-name mention (NAM, PRE.NAM or APP); their mentions
are the aliases. MEANTIME annotates only the title, the dateline and the next four
sentences of each article (CAT sentences 0-5), so only our actors mentioned there count
for precision; the whole article is still read, and an actor met only further down
still finds the gold entity it names. Gold mentions are full noun phrases ("Chief
executive Thomas Enders", "Mobile, Alabama"), so a proper-name mention also matches by
its name core (see ``name_cores``). Scored per document, then micro-averaged; the rules
are in docs/reference/evaluation.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

from .common import (  # noqa: F401
    ACCEPTANCE,
    CORPORA,
    DETERMINERS,
    GATES,
    MEANTIME_INTRA,
    NOT_NAMES,
    OPEN_QUOTES,
    POLNEAR_DEV,
    PRONOUNS,
    ROOT,
    TOKEN,
    _norm_with_map,
    all_tokens,
    corpus_hash,
    inside_quotes,
    is_pronoun,
    locate,
    name_tokens,
    overlaps,
    prf,
    quoted_regions,
    run_pipeline,
    split_paragraphs,
)
from .entity_coref import eval_entity_coref
from .event_coref import eval_event_coref
from .meantime import (  # noqa: F401
    _CONNECTORS,
    _NP_BREAK,
    ANNOTATED_SENTENCES,
    GOLD_ACTOR_TYPES,
    NAMED_SYNTYPES,
    NO_SPACE_AFTER,
    NO_SPACE_BEFORE,
    CatDoc,
    _detok,
    _name_runs,
    eval_meantime,
    gold_names,
    name_cores,
    norm_name,
    parse_cat,
    score_meantime_doc,
)
from .polnear import (  # noqa: F401
    BratDoc,
    GoldAttribution,
    SysQuote,
    _resolve_sources,
    eval_polnear,
    load_polnear,
    parse_brat,
    score_polnear_doc,
    speaker_matches,
    system_quotes,
)

SEED_METRICS = ("actor.f1", "actor.precision", "actor.recall", "quote.recall", "quote.correct_of_gold",
                "event.recall", "article.date_acc")


def eval_seeds(briefing: Path = ROOT / "build" / "briefing.json", gold: Path = ACCEPTANCE / "seeds.gold.yaml",
               build: bool = True) -> Optional[dict]:
    """The acceptance score of the current build of the seeds (built first when missing)."""
    score = ACCEPTANCE / "score.py"
    if not score.is_file() or not gold.is_file():
        print(f"seeds: {score} or {gold} not found: skipped", file=sys.stderr)
        return None
    if not briefing.is_file() and build:
        subprocess.run([sys.executable, "-m", "builder.cli", "build"], cwd=ROOT, check=True)
    proc = subprocess.run([sys.executable, str(score), str(briefing), str(gold), "--json"], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"score.py failed: {proc.stderr}")
    metrics = json.loads(proc.stdout)["metrics"]
    seeds = [p for p in (ROOT / "seeds").rglob("*") if p.is_file()]
    digest = hashlib.sha256((corpus_hash(seeds, ROOT) + corpus_hash([gold], gold.parent)).encode()).hexdigest()
    scores = {k: v for k, v in metrics.items() if isinstance(v, (int, float))}
    return {"corpus": "seeds", "docs": None, "scores": scores,
            "counts": {}, "errors": [], "sha256": digest}


def load_gates(path: Path = GATES) -> dict:
    """The committed minimum scores and corpus hashes ({} when the file is absent)."""
    if not path.is_file():
        return {}
    import yaml
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def check_gates(result: dict, gates: dict) -> tuple[list[str], list[str]]:
    """Failures (a score below its ``min`` or above its ``max`` gate) and warnings (corpus hash changed)."""
    gate = gates.get(result["corpus"]) or {}
    fails, warns = [], []
    for metric, minimum in (gate.get("min") or {}).items():
        value = result["scores"].get(metric)
        if value is None:
            fails.append(f"{result['corpus']}.{metric}: missing (gate {minimum})")
        elif value < float(minimum) - 1e-9:
            fails.append(f"{result['corpus']}.{metric} = {value:.3f} < gate {minimum}")
    for metric, maximum in (gate.get("max") or {}).items():
        value = result["scores"].get(metric)
        if value is not None and value > float(maximum) + 1e-9:
            fails.append(f"{result['corpus']}.{metric} = {value:.3f} > gate {maximum}")
    want = gate.get("sha256")
    if want and want != result["sha256"]:
        warns.append(f"{result['corpus']}: corpus hash differs from the gate file (corpus changed?) "
                     f"{result['sha256'][:12]} != {str(want)[:12]}")
    return fails, warns


def print_table(results: list[dict], gates: dict) -> None:
    """One row per corpus and metric: value and gate."""
    print(f"{'corpus':<10} {'metric':<30} {'value':>7} {'gate':>8}")
    for res in results:
        gate_of = gates.get(res["corpus"]) or {}
        mins = {**{k: f"<={v}" for k, v in (gate_of.get("max") or {}).items()},
                **{k: f">={v}" for k, v in (gate_of.get("min") or {}).items()}}
        for metric, value in res["scores"].items():
            gate = mins.get(metric)
            print(f"{res['corpus']:<10} {metric:<30} {value:>7.3f} {gate or '':>8}")
        counts = {k: v for k, v in res["counts"].items() if isinstance(v, int)}
        if counts:
            print(f"{'':<10} counts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
        print(f"{'':<10} {res.get('docs') or '-'} docs in {res.get('seconds', 0):.1f}s, sha256 {res['sha256'][:12]}")


DEFAULT_MODEL = "en_core_web_sm"


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m builder.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=["polnear", "meantime", "entity-coref", "meantime_events", "seeds", "all"], default="all")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    ap.add_argument("--gates", type=Path, default=GATES, help="gate file (minimum scores, corpus hashes)")
    ap.add_argument("--errors", type=Path, default=None, help="write the attribution/actor errors as JSON here")
    ap.add_argument("--model", default=DEFAULT_MODEL,
                    help="an installed spaCy pipeline to score (gates apply to the default one only)")
    args = ap.parse_args(argv)

    wanted = ["seeds", "polnear", "meantime", "entity-coref", "meantime_events"] if args.corpus == "all" else [args.corpus]
    nlp = None
    if any(c in wanted for c in ("polnear", "meantime", "entity-coref", "meantime_events")):
        from ..extract import pipeline as nlp_mod
        try:
            nlp = nlp_mod.load(args.model)
        except nlp_mod.ModelNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    results = []
    for name in wanted:
        t0 = time.perf_counter()
        print(f"scoring {name} ...", file=sys.stderr, flush=True)
        if name == "seeds":
            res = eval_seeds()
        elif name == "polnear":
            res = eval_polnear(args.limit, nlp)
        elif name == "entity-coref":
            res = eval_entity_coref(args.limit, nlp)
        elif name == "meantime_events":
            res = eval_event_coref(nlp) if args.limit is None else None
        else:
            res = eval_meantime(args.limit, nlp)
        if res is None:
            continue
        res["seconds"] = time.perf_counter() - t0
        results.append(res)
    gates = load_gates(args.gates)
    print_table(results, gates)
    if args.errors:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        args.errors.write_text(json.dumps({r["corpus"]: r["errors"] for r in results}, indent=1), encoding="utf-8")
    fails, warns = [], []
    if args.model != DEFAULT_MODEL:
        print(f"scores of {args.model}; the gates hold for {DEFAULT_MODEL} and are not checked", file=sys.stderr)
    elif args.limit is None:
        for res in results:
            f, w = check_gates(res, gates)
            fails += f
            warns += w
    for w in warns:
        print(f"WARNING: {w}", file=sys.stderr)
    for f in fails:
        print(f"FAIL: {f}", file=sys.stderr)
    if not results:
        print("no corpus was available: nothing scored", file=sys.stderr)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
