"""Two surfaces of a generated package compared: what code written against the old package
finds changed in the new one.

Methods are matched by the operation they call (so a renamed ``operationId`` is a renamed
method, not a removal and an addition), then by name; arguments by what they send on the
wire, then by name; models by name, then by their fields (a schema renamed is a model
renamed); fields by their wire name, then by name. Whether a type change breaks depends on
which way the value goes: an argument or a model the SDK sends may not accept less, a
return value or a model it receives may not hold more.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.diff.annotations import TypeExpr, relation
from generator.diff.rules import Change, Location, change
from generator.diff.surface import Argument, Field, Method, Model, Surface


def sdk_changes(old: Surface, new: Surface) -> list[Change]:
    """Every change of the package's public API from ``old`` to ``new``."""
    return _SdkDiff(old, new).run()


_FieldShape = tuple[str, str, bool, TypeExpr | None, str | None]


class _SdkDiff:
    def __init__(self, old: Surface, new: Surface) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.old_usage = _Usage(old)
        self.new_usage = _Usage(new)
        self.renames: dict[str, str] = {}  # old model name -> new

    def run(self) -> list[Change]:
        if self.old.client != self.new.client and self.old.client and self.new.client:
            self._add(
                "sdk-client-renamed",
                f"client class `{self.old.client}` → `{self.new.client}`",
                self.old.client_location,
                self.new.client_location,
            )
        self._models()
        self._methods()
        self._exports()
        return sorted(self.changes, key=Change.sort_key)

    def _add(
        self,
        rule: str,
        message: str,
        old: Location | None = None,
        new: Location | None = None,
        operations: Iterable[str] = (),
    ) -> None:
        self.changes.append(
            change(rule, message, old=old, new=new, operations=sorted(set(operations)))
        )

    # --- models -------------------------------------------------------------------------------

    def _models(self) -> None:
        removed = [name for name in self.old.models if name not in self.new.models]
        added = [name for name in self.new.models if name not in self.old.models]
        self.renames = _renamed_models(self.old.models, self.new.models, removed, added)
        for name in removed:
            model = self.old.models[name]
            if name in self.renames:
                target = self.renames[name]
                self._add(
                    "sdk-model-renamed",
                    f"model `{name}` → `{target}`",
                    model.location,
                    self.new.models[target].location,
                    self._model_operations(name, target),
                )
            else:
                self._add(
                    "sdk-model-removed",
                    f"model `{name}` removed",
                    model.location,
                    operations=self.old_usage.ways(name)[2],
                )
        for name in added:
            if name not in self.renames.values():
                self._add(
                    "sdk-model-added",
                    f"model `{name}` added",
                    new=self.new.models[name].location,
                    operations=self.new_usage.ways(name)[2],
                )
        for name, model in self.old.models.items():
            target = self.renames.get(name, name)
            if target in self.new.models:
                self._fields(model, self.new.models[target])

    def _model_operations(self, old: str, new: str) -> list[str]:
        return [*self.old_usage.ways(old)[2], *self.new_usage.ways(new)[2]]

    def _direction(self, old: str, new: str) -> tuple[bool, bool]:
        """(sent, received) for a model on either side; one used nowhere counts as both."""
        old_sent, old_received, _ = self.old_usage.ways(old)
        new_sent, new_received, _ = self.new_usage.ways(new)
        sent, received = old_sent or new_sent, old_received or new_received
        if not sent and not received:
            return True, True
        return sent, received

    def _fields(self, old: Model, new: Model) -> None:
        if self._shape(old) == _shape(new):
            return  # most models: which way they go is worked out only for changed ones
        sent, received = self._direction(old.name, new.name)
        operations = self._model_operations(old.name, new.name)
        by_alias = {f.alias: f for f in new.fields.values()}
        matched: list[tuple[Field, Field]] = []
        gone: list[Field] = []
        for field in old.fields.values():
            partner = by_alias.get(field.alias) or new.fields.get(field.name)
            if partner is None:
                gone.append(field)
            else:
                matched.append((field, partner))
        taken = {id(partner) for _, partner in matched}
        fresh = [f for f in new.fields.values() if id(f) not in taken]
        if len(gone) == 1 and len(fresh) == 1 and self._same_field_type(gone[0], fresh[0]):
            matched.append((gone[0], fresh[0]))
            gone, fresh = [], []
        for field in gone:
            self._add(
                "sdk-field-removed",
                f"`{old.name}.{field.name}` removed",
                field.location,
                operations=operations,
            )
        for field in fresh:
            rule = "sdk-field-added-required" if field.required and sent else "sdk-field-added"
            kind = "required" if field.required else "optional"
            self._add(
                rule,
                f"`{new.name}.{field.name}` added ({kind})",
                new=field.location,
                operations=operations,
            )
        for before, after in matched:
            self._field(new.name, before, after, sent, received, operations)

    def _shape(self, model: Model) -> list[_FieldShape]:
        return [
            (f.name, f.alias, f.required, self._renamed(f.annotation), f.default)
            for f in model.fields.values()
        ]

    def _same_field_type(self, old: Field, new: Field) -> bool:
        return old.required == new.required and self._renamed(old.annotation) == new.annotation

    def _field(
        self, model: str, old: Field, new: Field, sent: bool, received: bool, operations: list[str]
    ) -> None:
        where = f"`{model}.{new.name}`"
        if old.name != new.name:
            self._add(
                "sdk-field-renamed",
                f"`{model}.{old.name}` → `{model}.{new.name}`",
                old.location,
                new.location,
                operations,
            )
        if old.required != new.required:
            if new.required:
                rule = "sdk-field-became-required" if sent else "sdk-field-type-relaxed"
                message = f"{where} became required" + (
                    "" if sent else " (always present when received)"
                )
            else:
                rule = "sdk-field-type-changed" if received else "sdk-field-type-relaxed"
                message = f"{where} became optional" + (
                    " (may be absent when received)" if received else ""
                )
            self._add(rule, message, old.location, new.location, operations)
        self._default(where, old.default, new.default, old.location, new.location, operations)
        if old.annotation is None or new.annotation is None:
            return
        before, after = self._renamed(old.annotation) or old.annotation, new.annotation
        if old.required != new.required:
            # An optional field's annotation gains `| None`: said by the change above.
            before, after = before.without_none(), after.without_none()
        found = relation(before, after)
        text = f"{where}: `{old.annotation}` → `{new.annotation}`"
        if found == "reordered":
            if received:
                self._add("sdk-union-reordered", text, old.location, new.location, operations)
        elif found == "other" or (found == "narrower" and sent) or (found == "wider" and received):
            self._add("sdk-field-type-changed", text, old.location, new.location, operations)
        elif found != "same":
            self._add("sdk-field-type-relaxed", text, old.location, new.location, operations)

    def _default(
        self,
        where: str,
        old: str | None,
        new: str | None,
        old_at: Location,
        new_at: Location,
        operations: list[str],
    ) -> None:
        """Another default for what stays optional (a new requiredness is said already)."""
        if old is not None and new is not None and old != new:
            self._add(
                "sdk-default-changed",
                f"{where}: default `{old}` → `{new}`",
                old_at,
                new_at,
                operations,
            )

    def _renamed(self, annotation: TypeExpr | None) -> TypeExpr | None:
        return annotation.renamed(self.renames) if annotation is not None else None

    # --- methods ------------------------------------------------------------------------------

    def _methods(self) -> None:
        pairs: list[tuple[Method, Method]] = []
        new_by_operation = {m.operation: m for m in self.new.methods.values() if m.operation}
        unmatched_new = dict(self.new.methods)
        unmatched_old: list[Method] = []
        for method in self.old.methods.values():
            partner = new_by_operation.get(method.operation) if method.operation else None
            if partner is not None:
                pairs.append((method, partner))
                unmatched_new.pop((partner.owner, partner.name), None)
            else:
                unmatched_old.append(method)
        for method in list(unmatched_old):
            partner = unmatched_new.pop((method.owner, method.name), None)
            if partner is not None:
                pairs.append((method, partner))
                unmatched_old.remove(method)
        for method in unmatched_old:
            self._add(
                "sdk-method-removed",
                f"`{method.dotted}()` removed",
                method.location,
                operations=_labels(method),
            )
        for method in unmatched_new.values():
            self._add(
                "sdk-method-added",
                f"`{method.dotted}()` added",
                new=method.location,
                operations=_labels(method),
            )
        for before, after in pairs:
            self._method(before, after)

    def _method(self, old: Method, new: Method) -> None:
        operations = _labels(new) or _labels(old)
        if old.dotted != new.dotted:
            self._add(
                "sdk-method-renamed",
                f"`{old.dotted}()` → `{new.dotted}()`",
                old.location,
                new.location,
                operations,
            )
        self._arguments(old, new, operations)
        if old.returns is not None and new.returns is not None:
            found = relation(self._renamed(old.returns) or old.returns, new.returns)
            text = f"`{new.dotted}()` returns `{old.returns}` → `{new.returns}`"
            if found in ("wider", "other"):
                self._add("sdk-return-type-changed", text, old.location, new.location, operations)
            elif found == "narrower":
                self._add("sdk-return-type-narrowed", text, old.location, new.location, operations)
            elif found == "reordered":
                self._add("sdk-union-reordered", text, old.location, new.location, operations)
        for status, body in old.errors.items():
            now = new.errors.get(status)
            before = self._renamed(body) or body
            if now is None:
                self._add(
                    "sdk-exception-changed",
                    f"`{new.dotted}()`: status {status} no longer documented (error body `{body}`)",
                    old.location,
                    new.location,
                    operations,
                )
            elif relation(before, now) != "same":
                self._add(
                    "sdk-exception-changed",
                    f"`{new.dotted}()`: the {status} error body `{body}` → `{now}`",
                    old.location,
                    new.location,
                    operations,
                )
        for status, body in new.errors.items():
            if status not in old.errors:
                self._add(
                    "sdk-exception-added",
                    f"`{new.dotted}()`: status {status} documented (error body `{body}`)",
                    old.location,
                    new.location,
                    operations,
                )

    def _arguments(self, old: Method, new: Method, operations: list[str]) -> None:
        where = f"`{new.dotted}()`"
        pairs: list[tuple[Argument, Argument]] = []
        unmatched_new = list(new.arguments)
        gone: list[Argument] = []
        for argument in old.arguments:
            partner = next(
                (a for a in unmatched_new if argument.wire and a.wire == argument.wire), None
            ) or next((a for a in unmatched_new if a.name == argument.name), None)
            if partner is None:
                gone.append(argument)
            else:
                pairs.append((argument, partner))
                unmatched_new.remove(partner)
        if len(gone) == 1 and len(unmatched_new) == 1:
            before, after = gone[0], unmatched_new[0]
            if (before.kind, before.required) == (after.kind, after.required) and (
                self._renamed(before.annotation) == after.annotation
            ):
                pairs.append((before, after))
                gone, unmatched_new = [], []
        for argument in gone:
            self._add(
                "sdk-argument-removed",
                f"{where}: argument `{argument.name}` removed",
                old.location,
                new.location,
                operations,
            )
        for argument in unmatched_new:
            kind = "required" if argument.required else "optional"
            self._add(
                f"sdk-argument-added-{kind}",
                f"{where}: {kind} argument `{argument.name}` added",
                old.location,
                new.location,
                operations,
            )
        old_positions = [a.name for a in old.arguments if a.kind == "positional"]
        new_positions = [a.name for a in new.arguments if a.kind == "positional"]
        for before, after in pairs:
            self._argument(where, old, new, before, after, operations)
            was = old_positions.index(before.name) if before.name in old_positions else None
            now = new_positions.index(after.name) if after.name in new_positions else None
            if was != now:
                self._add(
                    "sdk-argument-moved",
                    f"{where}: argument `{after.name}` {_position(was)} → {_position(now)}",
                    old.location,
                    new.location,
                    operations,
                )

    def _argument(
        self,
        where: str,
        old: Method,
        new: Method,
        before: Argument,
        after: Argument,
        operations: list[str],
    ) -> None:
        if before.name != after.name:
            self._add(
                "sdk-argument-renamed",
                f"{where}: argument `{before.name}` → `{after.name}`",
                old.location,
                new.location,
                operations,
            )
        if before.required != after.required:
            state = "required" if after.required else "optional"
            self._add(
                f"sdk-argument-became-{state}",
                f"{where}: argument `{after.name}` became {state}",
                old.location,
                new.location,
                operations,
            )
        self._default(
            f"{where}: argument `{after.name}`",
            before.default,
            after.default,
            old.location,
            new.location,
            operations,
        )
        if before.annotation is None or after.annotation is None:
            return
        found = relation(self._renamed(before.annotation) or before.annotation, after.annotation)
        rule = {"narrower": "narrowed", "wider": "widened", "other": "changed"}.get(found)
        if rule is not None:
            self._add(
                f"sdk-argument-type-{rule}",
                f"{where}: argument `{after.name}`: `{before.annotation}` → `{after.annotation}`",
                old.location,
                new.location,
                operations,
            )

    # --- exports ------------------------------------------------------------------------------

    def _exports(self) -> None:
        clients = {self.old.client, self.new.client}
        # The asynchronous client is named after the synchronous one.
        reported = set(self.old.models) | set(self.new.models) | clients
        reported |= {f"Async{name}" for name in clients}
        old, new = set(self.old.exports), set(self.new.exports)
        init = f"{self.new.package}/__init__.py"
        for name in sorted(old - new - reported):
            self._add("sdk-export-removed", f"`{name}` no longer exported", Location(init, 0, name))
        for name in sorted(new - old - reported):
            self._add("sdk-export-added", f"`{name}` exported", new=Location(init, 0, name))


def _labels(method: Method) -> list[str]:
    return [method.operation_label] if method.operation_label else []


def _position(index: int | None) -> str:
    return "keyword-only" if index is None else f"positional #{index + 1}"


class _Usage:
    """Which way each model goes: sent (reached from a method's arguments) or received
    (from a return or error type), and through which operations. Worked out per model when
    asked, from the models that contain it: only changed models are asked about."""

    def __init__(self, surface: Surface) -> None:
        self.surface = surface
        self.containers: dict[str, set[str]] = {}  # model -> the models holding it, directly
        for name, model in surface.models.items():
            for field in model.fields.values():
                for used in field.annotation.names() if field.annotation is not None else ():
                    if used in surface.models:
                        self.containers.setdefault(used, set()).add(name)
        self.roots: list[tuple[Method, set[str], set[str]]] = []  # method, sent, received
        for method in surface.methods.values():
            sent = {n for t in method.types() for n in t.names()}
            received = {
                n
                for t in (method.returns, *method.errors.values())
                if t is not None
                for n in t.names()
            }
            self.roots.append((method, sent, received))
        self._ways: dict[str, tuple[bool, bool, list[str]]] = {}

    def ways(self, name: str) -> tuple[bool, bool, list[str]]:
        """(sent, received, operations) of the model ``name``."""
        found = self._ways.get(name)
        if found is None:
            holders = {name}
            stack = [name]
            while stack:
                for holder in self.containers.get(stack.pop(), ()):
                    if holder not in holders:
                        holders.add(holder)
                        stack.append(holder)
            sent = received = False
            operations: list[str] = []
            for method, sends, receives in self.roots:
                goes_out, comes_in = bool(sends & holders), bool(receives & holders)
                sent, received = sent or goes_out, received or comes_in
                if (goes_out or comes_in) and method.operation_label:
                    operations.append(method.operation_label)
            found = self._ways[name] = (sent, received, operations)
        return found


def _shape(model: Model) -> list[_FieldShape]:
    return [(f.name, f.alias, f.required, f.annotation, f.default) for f in model.fields.values()]


def _renamed_models(
    old: dict[str, Model], new: dict[str, Model], removed: list[str], added: list[str]
) -> dict[str, str]:
    """Old name -> new name for a removed model whose fields one added model has exactly (the
    names of other models in their types aside), when neither has another such partner."""

    def signature(model: Model, names: set[str]) -> tuple[tuple[str, str, bool, str], ...]:
        return tuple(
            sorted(
                (f.name, f.alias, f.required, _anonymous(f.annotation, names))
                for f in model.fields.values()
            )
        )

    model_names = set(old) | set(new)
    old_signatures = {name: signature(old[name], model_names) for name in removed}
    new_signatures = {name: signature(new[name], model_names) for name in added}
    renames: dict[str, str] = {}
    for name, shape in old_signatures.items():
        if not shape:
            continue  # a model without fields matches any other: no evidence of a rename
        partners = [n for n, s in new_signatures.items() if s == shape]
        rivals = [n for n, s in old_signatures.items() if s == shape]
        if len(partners) == 1 and len(rivals) == 1:
            renames[name] = partners[0]
    return renames


def _anonymous(annotation: TypeExpr | None, models: set[str]) -> str:
    if annotation is None:
        return ""
    return str(annotation.renamed({name: "<model>" for name in annotation.names() & models}))
