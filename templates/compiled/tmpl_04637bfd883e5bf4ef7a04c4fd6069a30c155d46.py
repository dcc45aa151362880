from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models/__init__.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_by_module = resolve('by_module')
    l_0_exports = resolve('exports')
    l_0_lazy = resolve('lazy')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '"""Models of the '
    yield str(t_1((undefined(name='title') if l_0_title is missing else l_0_title), 0))
    yield ', generated from its schemas.\n\nEach class lives in a module of this package with the classes it references, and is imported\nfrom there on first use (PEP 562): importing one model builds only the classes it reaches.\nEvery model keeps fields it does not declare (``extra="allow"``), so data the spec does not\ndescribe, such as custom fields, survives a round trip through ``model_dump``.\n"""\n\nfrom typing import TYPE_CHECKING\n\nfrom .. import _lazy\n'
    if (undefined(name='by_module') if l_0_by_module is missing else l_0_by_module):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for (l_1_module, l_1_names) in (undefined(name='by_module') if l_0_by_module is missing else l_0_by_module):
            _loop_vars = {}
            pass
            yield '    from .'
            yield str(l_1_module)
            yield ' import '
            yield str(t_2(context.eval_ctx, l_1_names, ', '))
            yield '\n'
        l_1_module = l_1_names = missing
    yield '\n__all__'
    yield str((': list[str]' if (not (undefined(name='exports') if l_0_exports is missing else l_0_exports)) else cond_expr_undefined("the inline if-expression on line 20 in 'models/__init__.py.j2' evaluated to false and no else section was defined.")))
    yield ' = [\n'
    for l_1_name in (undefined(name='exports') if l_0_exports is missing else l_0_exports):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n\n# name → the module defining it\n_MODULES: dict[str, str] = {\n'
    for (l_1_name, l_1_module) in (undefined(name='lazy') if l_0_lazy is missing else l_0_lazy):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '": "'
        yield str(l_1_module)
        yield '",\n'
    l_1_name = l_1_module = missing
    yield '}\n\nif not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos\n    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__)\n'

blocks = {}
debug_info = '1=28&12=30&15=33&16=37&20=43&21=45&22=49&28=53&29=57'