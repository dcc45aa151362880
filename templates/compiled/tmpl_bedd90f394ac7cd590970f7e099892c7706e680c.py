from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_client.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_oauth = resolve('oauth')
    l_0_required_variables = resolve('required_variables')
    l_0_resource_imports = resolve('resource_imports')
    l_0_client_exports = resolve('client_exports')
    l_0_server_url = missing
    try:
        t_1 = environment.filters['docline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docline' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""The '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title'), 0))
    yield ' client, synchronous and asynchronous."""\n\nfrom __future__ import annotations\n\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'security_schemes'):
        pass
        yield 'import os\n'
    yield 'from collections.abc import Mapping\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
        pass
        yield 'from functools import cached_property\n'
    yield 'from types import TracebackType\nfrom typing import '
    yield str(('TYPE_CHECKING, ' if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources') else cond_expr_undefined("the inline if-expression on line 13 in '_client.py.j2' evaluated to false and no else section was defined.")))
    yield 'Literal, Self\n\nimport httpx\n\nfrom ._auth import SecurityScheme\nfrom ._base_client import DEFAULT_MAX_RESPONSE_BYTES, AsyncAPIClient, SyncAPIClient\nfrom ._errors import ERROR_CLASSES\n'
    if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
        pass
        yield 'from ._oauth2 import AsyncTokenProvider, OAuthFlows, TokenProvider\n'
    yield 'from ._quota import Quota\n'
    if (undefined(name='required_variables') if l_0_required_variables is missing else l_0_required_variables):
        pass
        yield 'from ._servers import required_server_variable\n'
    yield 'from ._types import NOT_GIVEN, NotGiven, Timeout\n'
    if (undefined(name='resource_imports') if l_0_resource_imports is missing else l_0_resource_imports):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for (l_1_module, l_1_classes) in (undefined(name='resource_imports') if l_0_resource_imports is missing else l_0_resource_imports):
            _loop_vars = {}
            pass
            yield '    from .resources.'
            yield str(l_1_module)
            yield ' import '
            yield str(t_3(context.eval_ctx, l_1_classes, ', '))
            yield '\n'
        l_1_module = l_1_classes = missing
    yield '\n__all__ = ['
    l_1_loop = missing
    for l_1_name, l_1_loop in LoopContext((undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports), undefined):
        _loop_vars = {}
        pass
        yield '"'
        yield str(l_1_name)
        yield '"'
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 36 in '_client.py.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_name = missing
    yield ']\n\nDEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)\nDEFAULT_MAX_RETRIES = 2\nBASE_URL = '
    yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'base_url')))
    yield '\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
        pass
        yield '"""The server URL; '
        l_1_loop = missing
        for l_1_v, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'), undefined):
            _loop_vars = {}
            pass
            yield '`'
            yield str(t_1(str_join(('{', environment.getattr(l_1_v, 'wire_name'), '}', ))))
            yield '`'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 42 in '_client.py.j2' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_v = missing
        yield ' filled in from the constructor."""\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'):
        pass
        yield 'DOCUMENTED_QUOTA = Quota('
        yield str(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'), 0))
        yield ', per='
        yield str(t_4(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'), 1)))
        yield ')\n"""The quota the API\'s docs state ('
        yield str(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'), 0))
        yield ' requests per '
        yield str(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'), 1))
        yield '), off unless given:\n`quota=DOCUMENTED_QUOTA` keeps a client under it; the clients given it share one budget."""\n'
    yield '\nSECURITY_SCHEMES: Mapping[str, SecurityScheme] = {\n'
    for l_1_s in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'security_schemes'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_4(environment.getattr(l_1_s, 'key')))
        yield ': SecurityScheme(\n        kind='
        yield str(t_4(environment.getattr(l_1_s, 'kind')))
        yield ',\n        credential='
        yield str(t_4(environment.getattr(l_1_s, 'credential')))
        yield ',\n        location='
        yield str(t_4(environment.getattr(l_1_s, 'location')))
        yield ',\n        param_name='
        yield str(t_4(environment.getattr(l_1_s, 'param_name')))
        yield ',\n'
        if environment.getattr(l_1_s, 'password_credential'):
            pass
            yield '        password_credential='
            yield str(t_4(environment.getattr(l_1_s, 'password_credential')))
            yield ',\n'
        if environment.getattr(l_1_s, 'oauth'):
            pass
            yield '        oauth=OAuthFlows(\n            token_url='
            yield str(t_4(environment.getattr(environment.getattr(l_1_s, 'oauth'), 'token_url')))
            yield ',\n            refresh_url='
            yield str(t_4(environment.getattr(environment.getattr(l_1_s, 'oauth'), 'refresh_url')))
            yield ',\n            client_id='
            yield str(t_4(environment.getattr(environment.getattr(l_1_s, 'oauth'), 'client_id')))
            yield ',\n            client_secret='
            yield str(t_4(environment.getattr(environment.getattr(l_1_s, 'oauth'), 'client_secret')))
            yield ',\n            refresh_token='
            yield str(t_4(environment.getattr(environment.getattr(l_1_s, 'oauth'), 'refresh_token')))
            yield ',\n        ),\n'
        yield '    ),\n'
    l_1_s = missing
    yield '}\n\n\n'
    def macro():
        t_5 = []
        pass
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            pass
            t_5.append(
                '_server_url(',
            )
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'), undefined):
                _loop_vars = {}
                pass
                t_5.extend((
                    str(environment.getattr(l_2_v, 'py_name')),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 76 in '_client.py.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_v = missing
            t_5.append(
                ')',
            )
        else:
            pass
            t_5.append(
                'BASE_URL',
            )
        return concat(t_5)
    context.exported_vars.add('server_url')
    context.vars['server_url'] = l_0_server_url = Macro(environment, macro, 'server_url', (), False, False, False, context.eval_ctx.autoescape)
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
        pass
        yield 'def _server_url('
        l_1_loop = missing
        for l_1_v, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_v, 'py_name'))
            yield ': str'
            yield str((' | None' if environment.getattr(l_1_v, 'env_var') else cond_expr_undefined("the inline if-expression on line 82 in '_client.py.j2' evaluated to false and no else section was defined.")))
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 82 in '_client.py.j2' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_v = missing
        yield ') -> str:\n    url = BASE_URL\n'
        for l_1_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            if environment.getattr(l_1_v, 'env_var'):
                pass
                yield '    '
                yield str(environment.getattr(l_1_v, 'py_name'))
                yield ' = required_server_variable('
                yield str(t_4(environment.getattr(l_1_v, 'py_name')))
                yield ', '
                yield str(environment.getattr(l_1_v, 'py_name'))
                yield ', '
                yield str(t_4(environment.getattr(l_1_v, 'env_var')))
                yield ', '
                yield str(t_4(environment.getattr(l_1_v, 'default')))
                yield ')\n'
            yield '    url = url.replace('
            yield str(t_4(str_join(('{', environment.getattr(l_1_v, 'wire_name'), '}', ))))
            yield ', '
            yield str(environment.getattr(l_1_v, 'py_name'))
            yield ')\n'
        l_1_v = missing
        yield '    return url\n\n\n'
    l_1_loop = missing
    for l_1_is_async, l_1_loop in LoopContext([False, True], undefined):
        l_1_o = resolve('o')
        l_1_credentials = resolve('credentials')
        l_1_prefix = missing
        _loop_vars = {}
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        _loop_vars['prefix'] = l_1_prefix
        yield 'class '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
        yield ':\n    """'
        yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
        yield str((' (asynchronous)' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 97 in '_client.py.j2' evaluated to false and no else section was defined.")))
        yield '.\n\n    Credentials come from the arguments or, when an argument is omitted, from the\n    environment:\n'
        l_2_loop = missing
        t_6 = 1
        for l_2_s, l_2_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'security_schemes'), undefined):
            _loop_vars = {}
            pass
            l_3_loop = missing
            for l_3_credential, l_3_loop in LoopContext(environment.getattr(l_2_s, 'credentials'), undefined):
                l_3_env_vars = resolve('env_vars')
                _loop_vars = {}
                pass
                yield '    `'
                yield str(l_3_credential)
                yield '` (`'
                yield str(environment.getitem((undefined(name='env_vars') if l_3_env_vars is missing else l_3_env_vars), l_3_credential))
                yield '`)'
                yield str((str_join((': ', t_1(environment.getattr(l_2_s, 'description')), )) if (environment.getattr(l_3_loop, 'first') and environment.getattr(l_2_s, 'description')) else ''))
                yield '\n'
            l_3_loop = l_3_credential = l_3_env_vars = missing
            t_6 = 0
        l_2_loop = l_2_s = missing
        if t_6:
            pass
            yield '    this API declares no authentication.\n'
        if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
            pass
            l_1_o = environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth')
            _loop_vars['o'] = l_1_o
            if environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'token_url'):
                pass
                yield '    With `'
                yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'client_id'))
                yield '` and `'
                yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'client_secret'))
                yield '` the client gets its access tokens itself (client credentials).\n'
            if environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'refresh_token'):
                pass
                yield '    With `'
                yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'refresh_token'))
                yield '` (and `'
                yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'client_id'))
                yield '`, `'
                yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'client_secret'))
                yield '`) it refreshes its access token itself.\n'
            yield '    `'
            yield str(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'token_provider'))
            yield '`: a callable returning the access token, called before every request.\n'
        yield '    """\n\n    def __init__(\n        self,\n        *,\n'
        for l_2_credential in (undefined(name='credentials') if l_1_credentials is missing else l_1_credentials):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_2_credential)
            yield ': str | None = None,\n'
        l_2_credential = missing
        if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
            pass
            yield '        '
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_provider'))
            yield ': '
            yield str(('AsyncTokenProvider' if l_1_is_async else 'TokenProvider'))
            yield ' | None = None,\n        '
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_url_argument'))
            yield ': str | None = None,\n'
        for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_v, 'env_var'):
                pass
                yield '        '
                yield str(environment.getattr(l_2_v, 'py_name'))
                yield ': str | None = None,\n'
            else:
                pass
                yield '        '
                yield str(environment.getattr(l_2_v, 'py_name'))
                yield ': str = '
                yield str(t_4(environment.getattr(l_2_v, 'default')))
                yield ',\n'
        l_2_v = missing
        yield '        base_url: str | None = None,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Mapping[str, str] | None = None,\n        http_client: '
        yield str(('httpx.AsyncClient' if l_1_is_async else 'httpx.Client'))
        yield ' | None = None,\n        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,\n        strict_response_validation: bool = False,\n        quota: Quota | None = None,\n        idempotency_keys: Literal["declared", "all-posts"] = "declared",\n    ) -> None:\n        """Create a client.\n\n        Args:\n'
        for l_2_credential in (undefined(name='credentials') if l_1_credentials is missing else l_1_credentials):
            l_2_env_vars = resolve('env_vars')
            _loop_vars = {}
            pass
            yield '            '
            yield str(l_2_credential)
            yield ': Defaults to the `'
            yield str(environment.getitem((undefined(name='env_vars') if l_2_env_vars is missing else l_2_env_vars), l_2_credential))
            yield '` environment variable.\n'
        l_2_credential = l_2_env_vars = missing
        if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
            pass
            yield '            '
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_provider'))
            yield ': A callable returning the access token'
            yield str((' (it may be a coroutine function)' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 154 in '_client.py.j2' evaluated to false and no else section was defined.")))
            yield ', called before every request and once more after a 401.\n            '
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_url_argument'))
            yield ": The OAuth 2 token endpoint, instead of the spec's; defaults to the `"
            yield str(environment.getitem(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'env_vars'), -1))
            yield '` environment variable.\n'
        for l_2_v in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'server_variables'):
            _loop_vars = {}
            pass
            yield '            '
            yield str(environment.getattr(l_2_v, 'py_name'))
            yield ': Server variable `'
            yield str(t_1(environment.getattr(l_2_v, 'wire_name')))
            yield '`'
            yield str((str_join((': ', t_1(environment.getattr(l_2_v, 'description')), )) if environment.getattr(l_2_v, 'description') else cond_expr_undefined("the inline if-expression on line 158 in '_client.py.j2' evaluated to false and no else section was defined.")))
            yield str((str_join((' Required unless base_url is given; defaults to the `', environment.getattr(l_2_v, 'env_var'), '` environment variable.', )) if environment.getattr(l_2_v, 'env_var') else cond_expr_undefined("the inline if-expression on line 158 in '_client.py.j2' evaluated to false and no else section was defined.")))
            yield '\n'
        l_2_v = missing
        yield '            base_url: Overrides the server URL (default '
        yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'base_url')))
        yield ').\n            timeout: Seconds, or an `httpx.Timeout`; also settable per call.\n            max_retries: Retries of failed requests; also settable per call.\n            default_headers: Headers sent with every request.\n            http_client: A preconfigured httpx client to send requests with.\n            max_response_bytes: The largest response body accepted, counted after\n                decompression (default 100 MiB, `None` for no limit); a larger one raises\n                `ResponseTooLargeError` as soon as it passes the limit. Also settable per call.\n            strict_response_validation: Refuse a response holding an enum value the spec\n                does not list. By default such a value parses as `UnknownEnum` (a `str`\n                keeping the raw value), so the client keeps working when the API adds one.\n            quota: A `Quota` every request waits for, e.g. `Quota(100, per="minute")`; it\n                also pauses when the server reports its budget spent. Default: no limit.\n'
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'quota'):
            pass
            yield "                `DOCUMENTED_QUOTA` is the one the API's docs state.\n"
        yield '            idempotency_keys: `"all-posts"` sends a new `Idempotency-Key` with every POST\n                (the same on its retries, which it then allows); `"declared"` only where the\n                spec declares one.\n        """\n        credentials'
        yield str((': dict[str, str | None]' if (not (undefined(name='credentials') if l_1_credentials is missing else l_1_credentials)) else cond_expr_undefined("the inline if-expression on line 180 in '_client.py.j2' evaluated to false and no else section was defined.")))
        yield ' = {\n'
        for l_2_credential in (undefined(name='credentials') if l_1_credentials is missing else l_1_credentials):
            l_2_env_vars = resolve('env_vars')
            _loop_vars = {}
            pass
            yield '            '
            yield str(t_4(l_2_credential))
            yield ': '
            yield str(l_2_credential)
            yield ' if '
            yield str(l_2_credential)
            yield ' is not None else os.environ.get('
            yield str(t_4(environment.getitem((undefined(name='env_vars') if l_2_env_vars is missing else l_2_env_vars), l_2_credential)))
            yield '),\n'
        l_2_credential = l_2_env_vars = missing
        yield '        }\n        self._client = '
        yield str(('AsyncAPIClient' if l_1_is_async else 'SyncAPIClient'))
        yield '(\n            base_url=base_url or '
        yield str(context.call((undefined(name='server_url') if l_0_server_url is missing else l_0_server_url), _loop_vars=_loop_vars))
        yield ',\n            credentials=credentials,\n            security_schemes=SECURITY_SCHEMES,\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n            user_agent='
        yield str(t_4(str_join((environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'distribution'), '/', (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version') or '0'), ))))
        yield ',\n            logger_name='
        yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'package')))
        yield ',\n            max_response_bytes=max_response_bytes,\n            strict_response_validation=strict_response_validation,\n            error_classes=ERROR_CLASSES,\n            quota=quota,\n            idempotency_keys=idempotency_keys,\n'
        if (undefined(name='oauth') if l_0_oauth is missing else l_0_oauth):
            pass
            yield '            token_provider='
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_provider'))
            yield ',\n            token_url='
            yield str(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'token_url_argument'))
            yield ' or os.environ.get('
            yield str(t_4(environment.getitem(environment.getattr(environment.getattr((undefined(name='oauth') if l_0_oauth is missing else l_0_oauth), 'oauth'), 'env_vars'), -1)))
            yield '),\n'
        if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'request_id_header'):
            pass
            yield '            request_id_header='
            yield str(t_4(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'request_id_header')))
            yield ',\n'
        yield '        )\n\n'
        for l_2_resource in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
            _loop_vars = {}
            pass
            yield '    @cached_property\n    def '
            yield str(environment.getattr(l_2_resource, 'attr_name'))
            yield '(self) -> '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr(l_2_resource, 'class_name'))
            yield ':\n        from .resources.'
            yield str(environment.getattr(l_2_resource, 'attr_name'))
            yield ' import '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr(l_2_resource, 'class_name'))
            yield '\n\n        return '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr(l_2_resource, 'class_name'))
            yield '(self._client)\n\n'
        l_2_resource = missing
        yield '\n    def with_options(\n        self,\n        *,\n        base_url: str | None = None,\n        timeout: Timeout | NotGiven = NOT_GIVEN,\n        max_retries: int | None = None,\n    ) -> Self:\n        """A copy of this client with other settings, sharing its connection pool (closing\n        the copy leaves the pool open)."""\n        copy = object.__new__(type(self))\n        copy._client = self._client.with_options(\n            base_url=base_url, timeout=timeout, max_retries=max_retries\n        )\n        return copy\n\n    @property\n    def base_url(self) -> str:\n        return self._client.base_url\n\n    '
        yield str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 240 in '_client.py.j2' evaluated to false and no else section was defined.")))
        yield 'def close(self) -> None:\n        """Close the underlying connections."""\n        '
        yield str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 242 in '_client.py.j2' evaluated to false and no else section was defined.")))
        yield 'self._client.close()\n\n    '
        yield str(('async def __aenter__' if l_1_is_async else 'def __enter__'))
        yield '(self) -> Self:\n        return self\n\n    '
        yield str(('async def __aexit__' if l_1_is_async else 'def __exit__'))
        yield '(\n        self,\n        exc_type: type[BaseException] | None,\n        exc: BaseException | None,\n        traceback: TracebackType | None,\n    ) -> None:\n        '
        yield str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 253 in '_client.py.j2' evaluated to false and no else section was defined.")))
        yield 'self.close()\n\n    def __repr__(self) -> str:\n        return f"'
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'client_class'))
        yield '({self._client!r})"\n\n\n'
    l_1_loop = l_1_is_async = l_1_prefix = l_1_o = l_1_credentials = missing

blocks = {}
debug_info = '1=42&5=44&9=48&13=52&20=54&24=58&28=62&31=65&32=69&36=76&40=85&41=87&42=91&44=100&45=103&46=107&51=112&52=116&53=118&54=120&55=122&56=124&57=126&58=129&60=131&62=134&63=136&64=138&65=140&66=142&74=147&75=150&76=156&81=175&82=179&84=188&85=191&86=194&88=205&94=212&95=218&96=221&97=224&101=229&102=233&103=238&108=250&109=252&110=254&111=257&113=261&114=264&116=271&123=274&124=278&126=281&127=284&128=288&130=290&131=293&132=296&134=301&141=307&150=309&151=314&153=319&154=322&155=326&157=330&158=334&160=343&173=345&180=349&181=351&182=356&185=366&186=368&193=370&194=372&200=374&201=377&202=379&204=383&205=386&212=389&214=393&215=398&217=403&240=408&242=410&244=412&247=414&253=416&256=418'