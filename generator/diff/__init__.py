"""``specforge diff``: what an edit of a spec does to the wire and to the generated SDK.

One module, one job: ``sources`` (a file or ``GIT_REF:path`` → a loaded, checked spec),
``rules`` (every rule a change is classified by, and the change record), ``wire`` (the
wire-level diff of two documents, on the spec layer) with ``schemas`` (two schemas
compared in one direction), ``surface`` (the public Python API of a generated package,
read with ``ast``) with ``annotations`` (type annotations normalised and ordered) and
``sdk`` (two surfaces compared), ``version`` (the bump, the next version, the changelog),
``report`` (text, JSON and Markdown), ``prove`` (old clients against new mocks and back)
and ``command`` (the subcommand).
"""
