from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '__init__.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_client_classes = resolve('client_classes')
    l_0_typed_error_names = resolve('typed_error_names')
    l_0_exceptions = resolve('exceptions')
    l_0_model_imports = resolve('model_imports')
    l_0_package_exports = resolve('package_exports')
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
    yield '"""Typed Python client for the '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), 0))
    yield '.\n\n    from '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package'))
    yield ' import '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '\n\n    client = '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '()\n"""\n\nfrom typing import TYPE_CHECKING\n\nfrom . import _lazy\nfrom ._client import '
    yield str(('DOCUMENTED_QUOTA, ' if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota') else cond_expr_undefined("the inline if-expression on line 11 in '__init__.py.j2' evaluated to false and no else section was defined.")))
    yield str(t_2(context.eval_ctx, (undefined(name='client_classes') if l_0_client_classes is missing else l_0_client_classes), ', '))
    yield '\n'
    if (undefined(name='typed_error_names') if l_0_typed_error_names is missing else l_0_typed_error_names):
        pass
        yield 'from ._errors import '
        yield str(t_2(context.eval_ctx, (undefined(name='typed_error_names') if l_0_typed_error_names is missing else l_0_typed_error_names), ', '))
        yield '\n'
    yield 'from ._exceptions import (\n'
    for l_1_name in (undefined(name='exceptions') if l_0_exceptions is missing else l_0_exceptions):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ._jsonapi import related_records\nfrom ._pagination import AsyncPage, AsyncPaginator, SyncPage\nfrom ._quota import Quota\nfrom ._ratelimit import RateLimit\nfrom ._response import APIResponse\nfrom ._streaming import (\n    AsyncStream,\n    AsyncStreamedResponse,\n    ServerSentEvent,\n    Stream,\n    StreamedResponse,\n)\nfrom ._types import NOT_GIVEN, NotGiven\nfrom ._unions import UnknownEnum\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'model_names'):
        pass
        yield '\nif TYPE_CHECKING:\n    from .models import (\n'
        for l_1_name in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield '    )\n'
    yield '\nClient = '
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '\nAsyncClient = Async'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
    yield '\n\n__all__ = [\n'
    for l_1_name in (undefined(name='package_exports') if l_0_package_exports is missing else l_0_package_exports):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '",\n'
    l_1_name = missing
    yield ']\n\n# The models are imported on first use, so importing the client builds none of them.\n_MODULES: dict[str, str] = {\n'
    for l_1_name in (undefined(name='model_imports') if l_0_model_imports is missing else l_0_model_imports):
        _loop_vars = {}
        pass
        yield '    "'
        yield str(l_1_name)
        yield '": "models",\n'
    l_1_name = missing
    yield '}\n\nif not TYPE_CHECKING:  # type checkers see the imports above; __getattr__ would hide typos\n    __getattr__, __dir__ = _lazy.exports(__name__, _MODULES, __all__, ("models", "resources"))\n'

blocks = {}
debug_info = '1=30&3=32&5=36&11=38&12=41&13=44&16=47&17=51&34=55&38=58&39=62&44=67&45=69&48=71&49=75&55=79&56=83'