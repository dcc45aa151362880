"""The spec layer: the loaded OpenAPI document as every stage reads it.

One module, one job: ``pointer`` (JSON pointers), ``refs`` (local `$ref` resolution,
cycle-safe and cached), ``operations`` (operations, paths and their parameters),
``schemas`` (`allOf` merging and schema views), ``grammar`` (which nodes of the document are
references, schemas and data). validate, analyze, the model renderer and the mock read the
document through these; nothing else walks a pointer or follows a `$ref`.

Nothing here imports the loader or the diagnostics: ``generator.load`` and
``generator.diagnostics`` build on this layer, not the other way round.
"""
