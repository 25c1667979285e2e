"""Where question answers are lost: in the graph, or in reading the question.

For each labelled question whose answer is a set of names, this asks the question of a graph
and sorts every missed answer name into one of three piles:

- absent: no node of the graph bears the name (the extractor did not find it);
- present: a node bears it, but `ask` did not return it (the question was read wrong, or the
  graph lacks the relationship that leads to it — the listing says which nodes the question
  named, so a reader can tell the two apart);

and every returned name that is not in the answer set is listed with its label. The scoring is
`policykg eval`'s own (`policykg.evaluate`), so the totals agree with it.

    .venv/bin/python tools/question_misses.py                          # dev questions, built corpus
    .venv/bin/python tools/question_misses.py --gold ../shared/gold/wild-dev --data-dir /tmp/wild
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.evaluate import _is_name_set, _task_number, forms_match, forms_of, variants  # noqa: E402
from policykg.gold import load_gold  # noqa: E402
from policykg.settings import Settings, get_settings  # noqa: E402


def open_store(gold_dir: Path, data_dir: Path | None, rebuild: bool):  # type: ignore[no-untyped-def]
    from graph.embedded import EmbeddedStore

    gold = load_gold(gold_dir)
    if gold.corpus is None:  # the bundled documents: the configured store, built by `policykg build`
        return EmbeddedStore(get_settings()), gold
    if data_dir is None:
        raise SystemExit("give --data-dir DIR for a store of the labelled documents")
    store = EmbeddedStore(Settings(store="embedded", data_dir=data_dir))
    if rebuild or not store.stats().get("total_nodes"):
        from loaders.pipeline import load_corpus

        store.rebuild(load_corpus(gold.corpus).batches)
    return store, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("../shared/gold/dev"))
    ap.add_argument("--data-dir", type=Path, default=None,
                    help="store folder for a labelled corpus (kept between runs)")
    ap.add_argument("--rebuild", action="store_true", help="build the labelled corpus again")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    args = ap.parse_args()

    from queries.ask import answer

    store, gold = open_store(args.gold, args.data_dir, args.rebuild)
    nodes, _ = store.dump()
    graph_forms = [(n.label, n.name, forms_of([n.name, *n.aliases])
                    | ({_task_number(n.props["number"])} if n.props.get("number") is not None else set()))
                   for n in nodes if n.label not in ("Passage", "Section", "Document")]
    recalls: list[float] = []
    ceilings: list[float] = []
    returned = right = absent = present = 0
    for q in gold.questions:
        if not _is_name_set(q.raw | {"answer": q.answer}):
            continue
        a = answer(store, q.q)
        got = [(x, forms_of([x.name, *x.aliases]) | ({_task_number(x.props["number"])}
                                                      if x.props.get("number") is not None else set()))
               for x in a.answers]
        wanted = [variants(n) for n in q.answer]
        hits = [any(forms_match(w, f) for _, f in got) for w in wanted]
        recall = sum(hits) / len(wanted)
        recalls.append(recall)
        good = [any(forms_match(f, w) for w in wanted) for _, f in got]
        returned += len(got)
        right += sum(good)
        lines = []
        held = sum(1 for w in wanted if any(forms_match(f, w) for _, _, f in graph_forms))
        ceilings.append(held / len(wanted))
        for name, hit, w in zip(q.answer, hits, wanted):
            if hit:
                continue
            holders = [f"{lab}:{nm}" for lab, nm, f in graph_forms if forms_match(f, w)]
            if holders:
                present += 1
                lines.append(f"    missed, in graph: {name}  ← {', '.join(holders[:3])}")
            else:
                absent += 1
                lines.append(f"    missed, absent from graph: {name}")
        for (x, _), ok in zip(got, good):
            if not ok:
                lines.append(f"    extra: {x.label}:{x.name}")
        if not args.quiet:
            print(f"{recall:.2f} {q.q}  [{a.intent} {a.slots}]")
            print("\n".join(lines)) if lines else None
    print(f"\nquestions {len(recalls)}: answer-set recall {sum(recalls) / max(1, len(recalls)):.3f}, "
          f"answer precision {right / max(1, returned):.3f} ({right}/{returned})")
    print(f"missed answer names: {absent} absent from the graph, {present} in the graph")
    print(f"ceiling (answer names the graph holds under any label): {sum(ceilings) / max(1, len(ceilings)):.3f}")
    store.close()


if __name__ == "__main__":
    main()
