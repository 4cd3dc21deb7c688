"""The package layout shows the pipeline: stage sub-packages, imports that flow one way."""
import ast
from pathlib import Path

BUILDER = Path(__file__).resolve().parent.parent / "builder"
# The order data flows in. The base modules (records, config, errors, gazetteer, dates, data) sit below
# every stage; build.py and cli.py sit above them all; evaluate stands apart and may read any stage.
STAGES = ["ingest", "extract", "link", "analyst", "compare", "publish"]
BASE = {"records", "config", "errors", "gazetteer", "dates", "data", "__init__"}
TOP = {"build", "cli", "evaluate"}


def _level(module: str) -> int:
    """-1 for the base, the stage's index, or len(STAGES) for the recipe, the CLI and evaluation."""
    head = module.split(".")[1] if module.count(".") else module
    if head in BASE:
        return -1
    if head in STAGES:
        return STAGES.index(head)
    assert head in TOP, f"builder.{head} belongs to no stage: add it to one"
    return len(STAGES)


def _imports(path: Path, source: str | None = None) -> list[str]:
    """The builder modules a file imports, relative imports resolved."""
    package = list(path.relative_to(BUILDER.parent).parts[:-1])
    found = []
    for node in ast.walk(ast.parse(source if source is not None else path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)]
            if node.module:
                found.append(".".join(base + node.module.split(".")))
            else:
                found += [".".join(base + [alias.name]) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("builder"):
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("builder")]
    return found


def test_no_stage_imports_a_later_stage():
    wrong = []
    for path in sorted(BUILDER.rglob("*.py")):
        here = ".".join(path.relative_to(BUILDER.parent).with_suffix("").parts)
        for target in _imports(path):
            if target == "builder" or target.startswith("builder.__"):
                continue
            if _level(target) > _level(here):
                wrong.append(f"{here} imports {target}")
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_the_checker_sees_an_import_against_the_flow():
    # the rule above must be able to fail: an extract module that reads from publish is caught
    fake = BUILDER / "extract" / "probe.py"
    found = _imports(fake, "from ..publish.render import Renderer\nfrom . import mentions\n")
    assert found == ["builder.publish.render", "builder.extract.mentions"]
    assert _level(found[0]) > _level("builder.extract.probe") == _level(found[1])


def test_few_modules_at_the_top_and_a_package_per_stage():
    top = [p.name for p in BUILDER.glob("*.py")]
    assert len(top) <= 8, top
    for stage in STAGES:
        init = BUILDER / stage / "__init__.py"
        assert init.is_file(), stage
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and ("In:" in doc or "->" in doc), f"{stage}/__init__.py must say what goes in and comes out"


def test_no_module_is_a_warehouse():
    big = {str(p.relative_to(BUILDER)): n for p in BUILDER.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 750}
    assert not big, f"split these along their seams: {big}"
