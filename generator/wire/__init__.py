"""The operation model: what each operation of an API sends and receives over the wire.

``build`` reads a loaded spec into it once (``build_wire``); ``model`` holds its classes;
``pagination`` and ``auth`` are the registries of `x-pagination` styles and of kinds of
security scheme. The generator's IR (``generator.analyze``) and the mock
(``generator.mock``) are both built from it, so each decision about an operation's
parameters, bodies, responses, security and pagination is made once.
"""
