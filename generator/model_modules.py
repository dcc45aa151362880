"""Which module of the generated ``models`` package each model class goes in.

A client imports only the models it uses (issue 23): Stripe's 2,569 classes in one module
took about 1 s to import, for a call that needs a handful. Classes that reference each other
(a strongly connected component of the reference graph) share a module, so the imports
between modules follow a DAG and every module can import what it references at its top. A
component that is referenced from exactly one other component is only ever needed with it
and joins that one's module, which keeps the number of files down (Stripe: about 900)
without making any import load a class its importer does not reach.

A class whose references reach more than ``LAZY_CLOSURE`` classes is *far*: a reference to
it from another module is lazy (``templates/runtime/_lazy.py``, ``model``), imported and
validated on the first value that needs it, not when its referrer is first validated. Without
that, the first validation of any class reaching a large group built the whole group (Stripe's
``Customer`` reaches 524 classes: ~0.3 s on the first ``customers.list()``). Only references
to a far class are lazy, so validating data of a small API, or within a group of near
classes, never leaves pydantic-core; laziness costs one Python call per far value. The
classes of a cycle among far classes (Stripe: 81) reference each other lazily, so each can
have a module of its own.

A config's ``class_overrides`` may place a class in a module of its own choosing
(``generator/config.py`` checks the name); the rest of its component follows it, since
the classes of a cycle cannot be split without a cycle of imports. Two overrides that would
split one component are refused. Names are deterministic: an automatic module is named after
the first class of its root component (``_customer``), with a leading underscore, so it
never takes a name a config may choose.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.graph import strongly_connected
from generator.naming import MAX_MODULE_NAME, snake_case
from generator.pytypes import Import, PyType
from generator.schema_types import MODELS_MODULE


@dataclass(frozen=True)
class ModelModule:
    name: str  # a module of the models package: "_customer", or a config's "billing"
    classes: tuple[str, ...]  # in the models' order


# More classes than a first validation should build for one reference it may never meet;
# the four specs of specs/ reach at most 32 from any class, Stripe's large ones 500-600.
LAZY_CLOSURE = 64


@dataclass(frozen=True)
class ModelLayout:
    modules: tuple[ModelModule, ...]
    # class → module; ``render._Params`` adds each TypedDict it makes beside its model (it
    # references what the model references, so it needs no other import)
    module_of: dict[str, str] = field(repr=False)
    # classes that other modules reference lazily
    far: frozenset[str] = frozenset()

    def placed(self, imports: Iterable[Import]) -> set[Import]:
        """``imports`` with each ``(".models", Name)`` naming the module that defines it."""
        return {
            (f"{MODELS_MODULE}.{self.module_of[name]}", name)
            if module == MODELS_MODULE and name in self.module_of
            else (module, name)
            for module, name in imports
        }

    def lazy(self, imports: Iterable[Import], own: str) -> set[Import]:
        """The ``imports`` of the module ``own`` (placed) that it references lazily: the far
        classes of other modules (a class of its own module it names directly, for pydantic
        resolves those in the module)."""
        return {
            (f"{MODELS_MODULE}.{self.module_of[name]}", name)
            for module, name in imports
            if module == MODELS_MODULE and name in self.far and self.module_of[name] != own
        }


class LayoutError(Exception):
    """Overrides that would split the classes of one reference cycle across modules."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems  # (class name, message)


def model_references(kind: PyType) -> set[str]:
    """The model classes a type names."""
    return {name for module, name in kind.imports() if module == MODELS_MODULE}


def ordered_components(nodes: Sequence[str], edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components of ``nodes`` (edges to other names ignored), each
    in the order of ``nodes``; a component comes after every component it references."""
    position = {node: i for i, node in enumerate(nodes)}
    found = strongly_connected(
        nodes, lambda node: [t for t in edges.get(node, ()) if t in position]
    )
    return [sorted(members, key=position.__getitem__) for members in found]


def far_classes(
    classes: Sequence[str], references: Mapping[str, Iterable[str]], limit: int = LAZY_CLOSURE
) -> frozenset[str]:
    """The classes whose references reach more than ``limit`` classes (themselves included).
    Only sets up to ``limit`` are kept, so a long chain costs ``limit`` per class, not its
    length (a 10,000-class chain would otherwise hold 50 million names)."""
    reached: dict[str, frozenset[str] | None] = {}  # None: more than limit
    for members in ordered_components(classes, references):  # what they reference first
        found: set[str] | None = set(members)
        for target in {t for name in members for t in references.get(name, ())}:
            more = reached.get(target, frozenset())  # a name of no class reaches nothing
            if found is None or more is None:
                found = None
                break
            found |= more
        far = found is None or len(found) > limit
        reached.update(dict.fromkeys(members, None if far else frozenset(found or ())))
    return frozenset(name for name, found in reached.items() if found is None)


def layout_models(
    classes: Sequence[str],
    references: Mapping[str, set[str]],
    chosen: Mapping[str, str],
    limit: int = LAZY_CLOSURE,
) -> ModelLayout:
    """The modules of ``classes`` (in the models' order), each class referencing
    ``references[name]``; ``chosen``: class → module a config asked for; a class reaching
    more than ``limit`` classes is far (referenced lazily)."""
    far = far_classes(classes, references, limit)
    # Only the references a module imports at its top bind classes into one component.
    eager = {name: {t for t in targets if t not in far} for name, targets in references.items()}
    components = ordered_components(classes, eager)
    component_of = {name: i for i, members in enumerate(components) for name in members}
    referrers: dict[int, set[int]] = {i: set() for i in range(len(components))}
    for name in classes:
        for target in references.get(name, ()):
            if target in component_of and component_of[target] != component_of[name]:
                referrers[component_of[target]].add(component_of[name])
    pinned: dict[int, str] = {}
    problems: list[tuple[str, str]] = []
    for name, module in chosen.items():
        if name not in component_of:
            continue
        i = component_of[name]
        if pinned.setdefault(i, module) != module:
            other = next(n for n in components[i] if chosen.get(n) == pinned[i])
            problems.append(
                (
                    name,
                    f"{name!r} and {other!r} reference each other (a cycle), so they must be "
                    f"in one module, not {module!r} and {pinned[i]!r}",
                )
            )
    if problems:
        raise LayoutError(problems)

    def root(i: int) -> int:
        # Components are acyclic along eager references, and a far class (referenced
        # lazily, so possibly in a cycle) joins no referrer, so following single ones ends.
        while i not in pinned and len(referrers[i]) == 1 and components[i][0] not in far:
            i = next(iter(referrers[i]))
        return i

    roots = {i: root(i) for i in range(len(components))}
    order = {name: n for n, name in enumerate(classes)}
    names = _module_names(components, sorted(set(roots.values())), pinned, order)
    module_of = {name: names[roots[component_of[name]]] for name in classes}
    _refuse_cycles(classes, eager, module_of, chosen)
    members: dict[str, list[str]] = {}
    for name in classes:
        members.setdefault(module_of[name], []).append(name)
    modules = tuple(ModelModule(name, tuple(found)) for name, found in members.items())
    return ModelLayout(modules, module_of, far)


def _module_names(
    components: list[list[str]], roots: list[int], pinned: dict[int, str], order: dict[str, int]
) -> dict[int, str]:
    """Each root component's module: the config's, else ``_`` + its first class in
    snake_case (bounded: class names can be long), made unique case-insensitively (a
    case-insensitive file system would otherwise merge two modules), in the classes' order."""
    names: dict[int, str] = {}
    taken = {module.lower() for module in pinned.values()}
    for i in sorted(roots, key=lambda i: order[components[i][0]]):
        if i in pinned:
            names[i] = pinned[i]
            continue
        base = _bounded("_" + (snake_case(components[i][0]).strip("_") or "model"))
        name, counter = base, 2
        while name.lower() in taken:
            name = f"{base}_{counter}"
            counter += 1
        taken.add(name.lower())
        names[i] = name
    return names


# A hash in letters only: isort orders digit runs naturally, and one with a leading zero
# (``054a3f23``) by a rule of its own that the renderer's import order does not follow.
_LETTERS = str.maketrans("0123456789", "ghijklmnop")


def _bounded(name: str) -> str:
    """``name`` cut to fit a file name (long class names make long modules), with a short
    hash of the whole so two names sharing a prefix stay distinct."""
    if len(name) <= MAX_MODULE_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:8].translate(_LETTERS)
    return f"{name[: MAX_MODULE_NAME - 9].rstrip('_')}_{digest}"


def _refuse_cycles(
    classes: Sequence[str],
    references: Mapping[str, set[str]],
    module_of: dict[str, str],
    chosen: Mapping[str, str],
) -> None:
    """Automatic modules import each other (along ``references``, the eager ones) in a DAG;
    a config's module holding classes of several components may close a cycle (``billing``
    → ``_invoice`` → ``billing``), which top-of-module imports cannot load. Refused, naming
    the overridden classes."""
    imports: dict[str, set[str]] = {}
    for name in classes:
        for target in references.get(name, ()):
            if target in module_of and module_of[target] != module_of[name]:
                imports.setdefault(module_of[name], set()).add(module_of[target])
    modules = list(dict.fromkeys(module_of[name] for name in classes))
    problems = [
        (
            name,
            f"placing {name!r} in {module!r} makes modules {', '.join(sorted(cycle))} of "
            "the models package import each other; place the classes between them in "
            f"{module!r} too",
        )
        for cycle in ordered_components(modules, imports)
        if len(cycle) > 1
        for name, module in chosen.items()
        if module in cycle
    ]
    if problems:
        raise LayoutError(problems)
