"""The `policykg` command: build, add, remove, export, serve, stats, eval, ask, validate,
sparql.

Exit codes say what happened, so scripts can act on them:
0 all good; 1 a usage or input error; 2 some documents were skipped (the rest was built);
3 the store could not be reached or started; 4 nothing could be built.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from policykg.settings import get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="A knowledge graph of Chinese government policy documents.")
console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL, EXIT_STORE, EXIT_NOTHING = 0, 1, 2, 3, 4


def _open_store():
    from graph import open_store
    from graph.store import StoreError

    try:
        return open_store(get_settings())
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_STORE) from None


@app.command()
def build(corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of documents "
                                                "(default: data/corpus/)."),
          quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar.")) -> None:
    """Build the graph from a folder of documents into the configured store (idempotent).

    The folder's files become the collection that `add` and `remove` then change."""
    settings = get_settings()
    folder = corpus or settings.corpus_dir
    if not folder.is_dir():
        console.print(f"[red]error:[/red] corpus folder {folder} does not exist; "
                      "pass --corpus DIR with the documents to build from")
        raise typer.Exit(EXIT_USAGE)
    report = _collection_change(lambda c: c.build(folder), quiet, "reading documents")
    console.print(f"built {report.batches} documents ({_counts_line(report)})")
    if report.errors:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def add(files: list[Path] = typer.Argument(..., help="Documents to add: .txt, .html, .pdf "
                                           "(with a text layer) or Word .docx."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress messages.")) -> None:
    """Add documents to the graph, or replace the ones of the same file name.

    Only the files given are read; the graph ends equal to a full build of all files kept."""
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        console.print(f"[red]error:[/red] not a file: {', '.join(missing)}")
        raise typer.Exit(EXIT_USAGE)
    report = _collection_change(
        lambda c: c.add([(f, f.name, str(f.resolve())) for f in files]), quiet, "adding")
    for name in report.unchanged:
        console.print(f"unchanged: {escape(name)} (the same content is kept already)")
    for kind, names in (("added", report.added), ("replaced", report.replaced)):
        for name in names:
            docs = ", ".join(report.documents.get(name, []))
            console.print(f"{kind}: {escape(name)} → {escape(docs)}")
    console.print(_counts_line(report))


@app.command()
def remove(doc_id: str = typer.Argument(..., help="The document id (doc:…) or kept file name."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress messages.")
           ) -> None:
    """Remove a document (the whole file that holds it) from the graph."""
    report = _collection_change(lambda c: c.remove(doc_id), quiet, "removing")
    console.print(f"removed: {escape(', '.join(report.removed))} ({_counts_line(report)})")


def _counts_line(report) -> str:
    how = (f"whole graph rewritten: {report.rebuilt}" if report.rebuilt else
           "{nodes_set} nodes and {edges_set} relationships set, {nodes_deleted} nodes and "
           "{edges_deleted} relationships deleted".format(**report.change) if report.change
           else "nothing to change")
    return f"{how}; {report.seconds:.2f} s"


def _collection_change(do, quiet: bool, what: str):
    """Run one change of the collection with its messages and exit codes."""
    from collection.sync import Collection, CollectionError, FilesRefused, NotInCollection
    from graph.store import StoreError

    store = _open_store()
    try:
        with console.status(what, spinner="dots") if not quiet else _nothing():
            report = do(Collection(store, get_settings().data_dir,
                                   workers=get_settings().build_workers or None))
    except FilesRefused as exc:
        for err in exc.errors:
            console.print(f"[red]refused:[/red] {escape(str(err))}")
        console.print("nothing was changed")
        raise typer.Exit(EXIT_USAGE) from None
    except NotInCollection as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE) from None
    except CollectionError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_NOTHING) from None
    except StoreError as exc:
        console.print(f"[red]error:[/red] {exc}; the graph was left as it was")
        raise typer.Exit(EXIT_STORE) from None
    finally:
        store.close()
    for err in report.errors:
        console.print(f"[yellow]skipped:[/yellow] {escape(err)}")
    for warning in report.warnings:
        console.print(f"[dim]note: {escape(warning)}[/dim]")
    return report


def _nothing():
    from contextlib import nullcontext

    return nullcontext()


@app.command()
def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Counts of nodes per label and relationships per type."""
    store = _open_store()
    try:
        data = store.stats()
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps(data, ensure_ascii=False))
        return
    table = Table("kind", "name", "count")
    for label, n in sorted(data.get("nodes", {}).items()):
        table.add_row("node", label, str(n))
    for rel, n in sorted(data.get("relationships", {}).items()):
        table.add_row("relationship", rel, str(n))
    out.print(table)


EXPORT_FORMATS = ("jsonl", "ttl", "nt", "jsonld", "xml")


@app.command()
def export(fmt: str = typer.Option("jsonl", "--format", "-f",
                                   help="jsonl | ttl | nt | jsonld | xml"),
           output: Path = typer.Option(..., "--output", "-o", help="File to write.")) -> None:
    """Export the whole graph: JSON lines (DESIGN.md interface) or RDF."""
    if fmt not in EXPORT_FORMATS:
        console.print(f"[red]error:[/red] unknown format {fmt!r}; use one of "
                      f"{', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    tmp = output.with_name(output.name + ".part")
    store = _open_store()
    try:
        # Written as the graph is read, a page at a time (graph/rdf_stream.py); JSON-LD and
        # RDF/XML are serialised by rdflib from the whole graph.
        with tmp.open("wb") as fh:
            if fmt == "jsonl":  # every node, then every relationship: two reads of the pages
                n_nodes = n_edges = 0
                for nodes, _ in store.pages():
                    fh.write("".join(json.dumps(x.to_json(), ensure_ascii=False) + "\n"
                                     for x in nodes).encode("utf-8"))
                    n_nodes += len(nodes)
                for _, edges in store.pages():
                    fh.write("".join(json.dumps(x.to_json(), ensure_ascii=False) + "\n"
                                     for x in edges).encode("utf-8"))
                    n_edges += len(edges)
            elif fmt in ("nt", "ttl"):
                from graph.rdf_stream import export as stream

                counts = stream(store, fmt, fh, get_settings().rdf_base)
                n_nodes, n_edges = counts.nodes, counts.relationships
            else:
                from graph.rdf import serialize, to_rdf

                nodes, edges = store.dump()
                fh.write(serialize(to_rdf(nodes, edges, get_settings().rdf_base), fmt).encode("utf-8"))
                n_nodes, n_edges = len(nodes), len(edges)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        store.close()
    tmp.replace(output)
    console.print(f"wrote {n_nodes} nodes and {n_edges} relationships to {output}")


@app.command()
def validate() -> None:
    """Validate the RDF export of the graph against the SHACL shapes (pyshacl), page by page."""
    from graph.rdf_stream import validate_store

    store = _open_store()
    try:
        conforms, messages, counts = validate_store(store, get_settings().rdf_base)
    finally:
        store.close()
    for msg in messages:
        out.print(msg)
    if conforms:
        out.print(f"conforms: {counts.nodes} nodes, {counts.relationships} relationships")
    else:
        console.print(f"[red]does not conform:[/red] {len(messages)} problems")
        raise typer.Exit(EXIT_USAGE)


@app.command()
def sparql(query: str = typer.Argument(..., help="A SPARQL SELECT or ASK query.")) -> None:
    """Answer a SPARQL SELECT or ASK over the RDF export (UPDATE is refused)."""
    from graph.rdf import SparqlError, to_rdf
    from graph.rdf import sparql as run_sparql

    store = _open_store()
    try:
        nodes, edges = store.dump()
    finally:
        store.close()
    try:
        result = run_sparql(to_rdf(nodes, edges, get_settings().rdf_base), query)
    except SparqlError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    out.print_json(json.dumps(result, ensure_ascii=False))


@app.command()
def ask(question: str = typer.Argument(..., help="A question in Chinese, e.g. 哪些园区有氢能企业"),
        as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON.")) -> None:
    """Answer a Chinese question from the graph, with the Cypher used and the evidence."""
    from queries.ask import answer

    store = _open_store()
    try:
        result = answer(store, question)
    finally:
        store.close()
    if as_json:
        out.print_json(result.model_dump_json())
        return
    out.print(escape(f"{result.question}  ({result.intent or '未识别'})"), style="bold")
    if result.cypher:
        out.print(escape(result.cypher), style="dim")
    for a in result.answers:
        out.print(f"  • {escape(a.name)}  [dim]{escape(a.label)} {escape(a.id)}[/dim]")
    for ev in result.evidence[:10]:
        out.print(f"  [green]证据[/green] {escape(ev.text)} [dim]({escape(str(ev.document))})[/dim]")
    if not result.answers and result.suggestions:
        out.print("可以试试: " + escape(" / ".join(result.suggestions)))


@app.command("eval")
def evaluate(gold: Optional[Path] = typer.Option(None, "--gold", help="Folder of labelled facts "
                                                 "(default: ../shared/gold/dev)."),
             corpus: Optional[Path] = typer.Option(
                 None, "--corpus", help="Build these documents into a temporary store and score "
                 "that, not the configured graph (default for a labelled folder that holds a "
                 "corpus/ of its own, such as ../shared/gold/wild-dev)."),
             questions: bool = typer.Option(True, help="Also score questions through ask."),
             as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
             per_document: bool = typer.Option(False, "--per-document",
                                               help="Also print a table per document."),
             misses: int = typer.Option(0, "--misses", help="List up to N misses per kind.")
             ) -> None:
    """Score a graph against hand-labelled facts: recall, precision, question accuracy."""
    from policykg.eval_report import render
    from policykg.evaluate import DEFAULT_GOLD, evaluate_store
    from policykg.gold import load_gold

    folder = gold or DEFAULT_GOLD
    if not folder.is_dir():
        console.print(f"[red]error:[/red] gold folder {folder} not found; pass --gold DIR")
        raise typer.Exit(EXIT_USAGE)
    try:
        gold_set = load_gold(folder)
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if corpus is not None and not corpus.is_dir():
        console.print(f"[red]error:[/red] corpus folder {corpus} not found; pass --corpus DIR")
        raise typer.Exit(EXIT_USAGE)
    if corpus is not None or gold_set.corpus is not None:
        from policykg.eval_corpus import score_corpus

        scored = score_corpus(folder, corpus, questions=questions, gold=gold_set)
        for skipped in scored.skipped:
            console.print(f"[yellow]skipped:[/yellow] {escape(skipped)}")
        report = scored.report
    else:
        store = _open_store()
        try:
            report = evaluate_store(store, gold_set, questions=questions)
        finally:
            store.close()
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        render(report, out, misses=misses, per_document=per_document)


@app.command("train")
def train_model(gold: list[Path] = typer.Option(None, "--gold", help="Labelled folders (default: "
                                                "../shared/gold/wild-dev and ../shared/gold/dev)."),
                lodo: bool = typer.Option(False, help="Also score rules alone and rules + model "
                                          "leave-one-document-out (a few minutes).")) -> None:
    """Train the typing model from labelled documents and write loaders/typing/model.json."""
    from policykg.evaluate import DEFAULT_GOLD, WILD_GOLD
    from policykg.settings import PROJECT_ROOT
    from policykg.train import train

    folders = gold or [WILD_GOLD, DEFAULT_GOLD]
    missing = [str(f) for f in folders if not Path(f).is_dir()]
    if missing:
        console.print(f"[red]error:[/red] labelled folder not found: {', '.join(missing)}; "
                      "pass --gold DIR")
        raise typer.Exit(EXIT_USAGE)
    figures = train([Path(f) for f in folders],
                    lambda g: g.corpus or PROJECT_ROOT / "data" / "corpus", lodo=lodo,
                    log=lambda m: console.print(m))
    for folder, rows in figures.items():
        table = Table("typing", "entity recall", "relation recall", "precision",
                      title=f"{folder}: leave-one-document-out")
        for name, s in rows.items():
            table.add_row(name, f"{s['entity_recall']:.3f}", f"{s['relation_recall']:.3f}",
                          f"{s['precision']:.3f}")
        out.print(table)


@app.command()
def serve(host: Optional[str] = typer.Option(None, help="Interface (default 127.0.0.1)."),
          port: Optional[int] = typer.Option(None, help="Port (default 8000)."),
          workers: int = typer.Option(1, help="Worker processes.")) -> None:
    """Serve the JSON API and the web page (OpenAPI at /docs)."""
    import uvicorn

    settings = get_settings()
    uvicorn.run("api.app:create_app", factory=True, host=host or settings.host,
                port=port or settings.port, workers=workers, log_level="info")


def main() -> None:  # pragma: no cover - console entry
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
