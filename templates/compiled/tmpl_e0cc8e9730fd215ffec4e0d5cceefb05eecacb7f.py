from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_errors.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_error_imports = resolve('error_imports')
    l_0_typed_errors = resolve('typed_errors')
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    pass
    yield '"""The status errors of the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), 0))
    yield ' whose body the API declares.\n\nEach is raised instead of the runtime\'s class of the same name, which it subclasses, so\ncatching either catches it; ``typed_body`` is the body as the declared model.\n"""\n\nfrom __future__ import annotations\n\n'
    if (undefined(name='error_imports') if l_0_error_imports is missing else l_0_error_imports):
        pass
        yield 'import typing\n\n'
    yield 'from . import _exceptions\n'
    if (undefined(name='error_imports') if l_0_error_imports is missing else l_0_error_imports):
        pass
        yield '\nif typing.TYPE_CHECKING:\n'
        for l_1_section in (undefined(name='error_imports') if l_0_error_imports is missing else l_0_error_imports):
            _loop_vars = {}
            pass
            for l_2_line in l_1_section:
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_2_line)
                yield '\n'
            l_2_line = missing
            yield '\n'
        l_1_section = missing
    for l_1_error in (undefined(name='typed_errors') if l_0_typed_errors is missing else l_0_typed_errors):
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.getattr(l_1_error, 'name'))
        yield '(_exceptions.'
        yield str(environment.getattr(l_1_error, 'name'))
        yield '):\n    """'
        yield str(environment.getattr(l_1_error, 'doc'))
        yield '"""\n\n    @property\n    def typed_body(self) -> '
        yield str(environment.getattr(l_1_error, 'annotation'))
        yield ':\n        """The body as the declared model (parsed on first use); None when it is not one."""\n        body: '
        yield str(environment.getattr(l_1_error, 'annotation'))
        yield ' = self._declared_body\n        return body\n'
        for l_2_derived in environment.getattr(l_1_error, 'derived'):
            _loop_vars = {}
            pass
            yield '\n\nclass '
            yield str(l_2_derived)
            yield '(_exceptions.'
            yield str(l_2_derived)
            yield ', '
            yield str(environment.getattr(l_1_error, 'name'))
            yield '):\n    """The runtime\'s ``'
            yield str(l_2_derived)
            yield "``, also this package's ``"
            yield str(environment.getattr(l_1_error, 'name'))
            yield '``."""\n'
        l_2_derived = missing
    l_1_error = missing
    if (undefined(name='typed_errors') if l_0_typed_errors is missing else l_0_typed_errors):
        pass
        yield '\n'
    yield '\nERROR_CLASSES: dict[type[_exceptions.APIStatusError], type[_exceptions.APIStatusError]] = {\n'
    for l_1_error in (undefined(name='typed_errors') if l_0_typed_errors is missing else l_0_typed_errors):
        _loop_vars = {}
        pass
        yield '    _exceptions.'
        yield str(environment.getattr(l_1_error, 'name'))
        yield ': '
        yield str(environment.getattr(l_1_error, 'name'))
        yield ',\n'
        for l_2_derived in environment.getattr(l_1_error, 'derived'):
            _loop_vars = {}
            pass
            yield '    _exceptions.'
            yield str(l_2_derived)
            yield ': '
            yield str(l_2_derived)
            yield ',\n'
        l_2_derived = missing
    l_1_error = missing
    yield '}\n'

blocks = {}
debug_info = '1=21&9=23&14=27&17=30&18=33&19=37&24=42&27=46&28=50&31=52&33=54&35=56&38=60&39=66&42=72&47=76&48=80&49=84&50=88'