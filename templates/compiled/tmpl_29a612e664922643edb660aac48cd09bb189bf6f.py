from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources/__init__.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_resource_imports = resolve('resource_imports')
    l_0_resource_exports = resolve('resource_exports')
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
    yield '"""One module per resource of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), 0))
    yield ', each imported on first use."""\n\nfrom typing import TYPE_CHECKING\n\nfrom .. import _lazy\n'
    if (undefined(name='resource_imports') if l_0_resource_imports is missing else l_0_resource_imports):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for (l_1_module, l_1_classes) in (undefined(name='resource_imports') if l_0_resource_imports is missing else l_0_resource_imports):
            _loop_vars = {}
            pass
            yield '    from .'
            yield str(l_1_module)
            yield ' import '
            yield str(t_2(context.eval_ctx, l_1_classes, ', '))
            yield '\n'
        l_1_module = l_1_classes = missing
    yield '\n__all__'
    yield str((': list[str]' if (not (undefined(name='resource_exports') if l_0_resource_exports is missing else l_0_resource_exports)) else cond_expr_undefined("the inline if-expression on line 14 in 'resources/__init__.py.j2' evaluated to false and no else section was defined.")))
    yield ' = [\n'
    for l_1_name in (undefined(name='resource_exports') if l_0_resource_exports is missing else l_0_resource_exports):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n\n# class → the module defining it\n_MODULES: dict[str, str] = {\n'
    for (l_1_module, l_1_classes) in (undefined(name='resource_imports') if l_0_resource_imports is missing else l_0_resource_imports):
        _loop_vars = {}
        pass
        for l_2_name in l_1_classes:
            _loop_vars = {}
            pass
            yield '    "'
            yield str(l_2_name)
            yield '": "'
            yield str(l_1_module)
            yield '",\n'
        l_2_name = missing
    l_1_module = l_1_classes = missing
    yield '}\n\nif not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos\n    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, set(_MODULES.values()))\n'

blocks = {}
debug_info = '1=27&6=29&9=32&10=36&14=42&15=44&16=48&22=52&23=55&24=59'