from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources/resource.py.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_resource = resolve('resource')
    l_0_import_sections = resolve('import_sections')
    l_0_type_checking_imports = resolve('type_checking_imports')
    l_0_exports = resolve('exports')
    l_0_methods = resolve('methods')
    l_0_signature = l_0_call = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    try:
        t_4 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '"""'
    yield str(t_1(str_join((environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'tag'), '\n\n', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'), )), 0))
    yield '\n"""\n\nfrom __future__ import annotations\n'
    for l_1_section in (undefined(name='import_sections') if l_0_import_sections is missing else l_0_import_sections):
        _loop_vars = {}
        pass
        yield '\n'
        for l_2_line in l_1_section:
            _loop_vars = {}
            pass
            yield str(l_2_line)
            yield '\n'
        l_2_line = missing
    l_1_section = missing
    if (undefined(name='type_checking_imports') if l_0_type_checking_imports is missing else l_0_type_checking_imports):
        pass
        yield '\nif TYPE_CHECKING:\n'
        for l_1_line in (undefined(name='type_checking_imports') if l_0_type_checking_imports is missing else l_0_type_checking_imports):
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_1_line)
            yield '\n'
        l_1_line = missing
    yield '\n__all__ = ['
    l_1_loop = missing
    for l_1_name, l_1_loop in LoopContext((undefined(name='exports') if l_0_exports is missing else l_0_exports), undefined):
        _loop_vars = {}
        pass
        yield '"'
        yield str(l_1_name)
        yield '"'
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 19 in 'resources/resource.py.j2' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_name = missing
    yield ']\n\n'
    for l_1_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
        l_1_pg = resolve('pg')
        l_1_op = missing
        _loop_vars = {}
        pass
        l_1_op = environment.getattr(l_1_m, 'operation')
        _loop_vars['op'] = l_1_op
        yield str(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'constant_name'))
        yield ' = Endpoint(\n    method='
        yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'http_method')))
        yield ',\n    path='
        yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'path')))
        yield ',\n    params={\n'
        for l_2_p in environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'parameters'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_3(environment.getattr(l_2_p, 'py_name')))
            yield ': Param('
            yield str(t_3(environment.getattr(l_2_p, 'wire_name')))
            yield ', '
            yield str(t_3(environment.getattr(l_2_p, 'location')))
            if environment.getattr(l_2_p, 'style'):
                pass
                yield ', style='
                yield str(t_3(environment.getattr(l_2_p, 'style')))
            if (not t_5(environment.getattr(l_2_p, 'explode'))):
                pass
                yield ', explode='
                yield str(environment.getattr(l_2_p, 'explode'))
            if environment.getattr(l_2_p, 'required'):
                pass
                yield ', required=True'
            yield '),\n'
        l_2_p = missing
        yield '    },\n    security='
        yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'security')))
        yield ',\n'
        if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'body'):
            pass
            yield '    body_kind='
            yield str(t_3(environment.getattr(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'body'), 'kind')))
            yield ',\n    content_type='
            yield str(t_3(environment.getattr(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'body'), 'content_type')))
            yield ',\n'
            if environment.getattr(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'body'), 'required'):
                pass
                yield '    body_required=True,\n'
        if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'accept'):
            pass
            yield '    accept='
            yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'accept')))
            yield ',\n'
        if environment.getattr(l_1_m, 'response_type'):
            pass
            yield '    response_type='
            yield str(environment.getattr(l_1_m, 'response_type'))
            yield ',\n'
        yield '    response_kind='
        yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'response_kind')))
        yield ',\n'
        if environment.getattr(l_1_m, 'error_types'):
            pass
            yield '    error_types={\n'
            for (l_2_status, l_2_type_) in environment.getattr(l_1_m, 'error_types'):
                _loop_vars = {}
                pass
                yield '        '
                yield str(t_3(l_2_status))
                yield ': '
                yield str(l_2_type_)
                yield ',\n'
            l_2_status = l_2_type_ = missing
            yield '    },\n'
        yield '    retryable='
        yield str(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'retryable'))
        yield ',\n'
        if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'idempotency_header'):
            pass
            yield '    idempotency_header='
            yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'idempotency_header')))
            yield ',\n'
        if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'stream'):
            pass
            yield '    stream='
            yield str(t_3(environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'stream')))
            yield ',\n'
            if environment.getattr(l_1_m, 'item_type'):
                pass
                yield '    item_type='
                yield str(environment.getattr(l_1_m, 'item_type'))
                yield ',\n'
            if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'sse_reconnect'):
                pass
                yield '    reconnect=True,\n'
        if environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'pagination'):
            pass
            l_1_pg = environment.getattr((undefined(name='op') if l_1_op is missing else l_1_op), 'pagination')
            _loop_vars['pg'] = l_1_pg
            yield '    pagination=Pagination(\n        style='
            yield str(t_3(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'style')))
            yield ',\n        items='
            yield str(t_3(environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'items')))
            yield ',\n'
            for (l_2_key, l_2_value) in environment.getattr((undefined(name='pg') if l_1_pg is missing else l_1_pg), 'arguments'):
                _loop_vars = {}
                pass
                yield '        '
                yield str(l_2_key)
                yield '='
                yield str(t_3(l_2_value))
                yield ',\n'
            l_2_key = l_2_value = missing
            yield '    ),\n'
        yield ')\n'
    l_1_m = l_1_op = l_1_pg = missing
    yield '\n'
    def macro(l_1_m, l_1_is_async):
        t_6 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_6.extend((
            str(('async ' if (l_1_is_async and environment.getattr(l_1_m, 'awaited')) else '')),
            'def ',
            str(environment.getattr(environment.getattr(l_1_m, 'operation'), 'method_name')),
            '(\n        self,\n',
        ))
        def t_7(fiter):
            for l_2_a in fiter:
                if environment.getattr(l_2_a, 'positional'):
                    yield l_2_a
        for l_2_a in t_7(environment.getattr(l_1_m, 'arguments')):
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
                ',\n',
            ))
        l_2_a = missing
        if t_2(context.eval_ctx, t_4(context, environment.getattr(l_1_m, 'arguments'), 'positional')):
            pass
            t_6.append(
                '        *,\n',
            )
        def t_8(fiter):
            for l_2_a in fiter:
                if (not environment.getattr(l_2_a, 'positional')):
                    yield l_2_a
        for l_2_a in t_8(environment.getattr(l_1_m, 'arguments')):
            _loop_vars = {}
            pass
            t_6.extend((
                '        ',
                str(environment.getattr(l_2_a, 'name')),
                ': ',
                str(environment.getattr(l_2_a, 'annotation')),
            ))
            if environment.getattr(l_2_a, 'default'):
                pass
                t_6.extend((
                    ' = ',
                    str(environment.getattr(l_2_a, 'default')),
                ))
            t_6.append(
                ',\n',
            )
        l_2_a = missing
        t_6.extend((
            '        **options: Unpack[RequestOptions],\n    ) -> ',
            str((environment.getattr(l_1_m, 'async_return_type') if l_1_is_async else environment.getattr(l_1_m, 'return_type'))),
            ':\n        """',
            str(environment.getattr(l_1_m, 'docstring')),
            '\n        """',
        ))
        return concat(t_6)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('m', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m, l_1_is_async):
        t_9 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        if (environment.getattr(l_1_m, 'call') == 'request_page'):
            pass
            t_9.extend((
                '        return cast(\n            ',
                str(t_3((environment.getattr(l_1_m, 'body_async_return_type') if l_1_is_async else environment.getattr(l_1_m, 'body_return_type')))),
                ',\n            self._client.request_page(\n                ',
                str(environment.getattr(environment.getattr(l_1_m, 'operation'), 'constant_name')),
                ',\n                {',
            ))
            l_2_loop = missing
            for (l_2_name, l_2_var), l_2_loop in LoopContext(environment.getattr(l_1_m, 'arguments_map'), undefined):
                _loop_vars = {}
                pass
                t_9.extend((
                    str(t_3(l_2_name)),
                    ': ',
                    str(l_2_var),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 103 in 'resources/resource.py.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_name = l_2_var = missing
            t_9.extend((
                '},\n                ',
                str(environment.getattr(l_1_m, 'body_item_type')),
                ',\n                options,\n            ),\n        )\n',
            ))
        else:
            pass
            t_9.extend((
                '        return cast(\n            ',
                str(t_3((environment.getattr(l_1_m, 'body_async_return_type') if l_1_is_async else environment.getattr(l_1_m, 'body_return_type')))),
                ',\n            ',
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 111 in 'resources/resource.py.j2' evaluated to false and no else section was defined."))),
                'self._client.',
                str(environment.getattr(l_1_m, 'call')),
                '(\n                ',
                str(environment.getattr(environment.getattr(l_1_m, 'operation'), 'constant_name')),
                ',\n                {',
            ))
            l_2_loop = missing
            for (l_2_name, l_2_var), l_2_loop in LoopContext(environment.getattr(l_1_m, 'arguments_map'), undefined):
                _loop_vars = {}
                pass
                t_9.extend((
                    str(t_3(l_2_name)),
                    ': ',
                    str(l_2_var),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 113 in 'resources/resource.py.j2' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_name = l_2_var = missing
            t_9.append(
                '},\n',
            )
            if environment.getattr(l_1_m, 'body'):
                pass
                t_9.extend((
                    '                ',
                    str(environment.getattr(l_1_m, 'body')),
                    ',\n',
                ))
            else:
                pass
                t_9.append(
                    '                options=options,\n',
                )
            if environment.getattr(l_1_m, 'body'):
                pass
                t_9.append(
                    '                options=options,\n',
                )
            t_9.append(
                '            ),\n        )\n',
            )
        return concat(t_9)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('m', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    for l_1_is_async in [False, True]:
        l_1_downloads = resolve('downloads')
        l_1_prefix = missing
        _loop_vars = {}
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        _loop_vars['prefix'] = l_1_prefix
        yield '\nclass '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
        yield ':\n    """'
        yield str(t_1(str_join((environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'tag'), '\n\n', environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'description'), ))))
        yield '\n    """\n\n    def __init__(self, client: '
        yield str(('AsyncAPIClient' if l_1_is_async else 'SyncAPIClient'))
        yield ') -> None:\n        self._client = client\n\n    @property\n    def with_raw_response(self) -> '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
        yield 'WithRawResponse:\n        """The same methods, returning the raw response (status, headers) with the parsed body."""\n        return '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
        yield 'WithRawResponse(self)\n'
        if (undefined(name='downloads') if l_1_downloads is missing else l_1_downloads):
            pass
            yield '\n    @property\n    def with_streaming_response(self) -> '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
            yield 'WithStreamingResponse:\n        """The downloads, returning the response with its body unread, in a ``with`` block."""\n        return '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
            yield 'WithStreamingResponse(self)\n'
        for l_2_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_2_m, l_1_is_async, _loop_vars=_loop_vars))
            yield '\n'
            yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_2_m, l_1_is_async, _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = missing
        yield '\n\nclass '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
        yield 'WithRawResponse:\n    def __init__(self, resource: '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
        yield ') -> None:\n'
        for l_2_m in (undefined(name='methods') if l_0_methods is missing else l_0_methods):
            _loop_vars = {}
            pass
            yield '        self.'
            yield str(environment.getattr(environment.getattr(l_2_m, 'operation'), 'method_name'))
            yield ' = '
            yield str(('async_to_raw_response_wrapper' if (l_1_is_async and environment.getattr(l_2_m, 'awaited')) else 'to_raw_response_wrapper'))
            yield '(resource.'
            yield str(environment.getattr(environment.getattr(l_2_m, 'operation'), 'method_name'))
            yield ')\n'
        l_2_m = missing
        if (undefined(name='downloads') if l_1_downloads is missing else l_1_downloads):
            pass
            yield '\n\nclass '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
            yield 'WithStreamingResponse:\n    def __init__(self, resource: '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='resource') if l_0_resource is missing else l_0_resource), 'class_name'))
            yield ') -> None:\n'
            for l_2_m in (undefined(name='downloads') if l_1_downloads is missing else l_1_downloads):
                _loop_vars = {}
                pass
                yield '        self.'
                yield str(environment.getattr(environment.getattr(l_2_m, 'operation'), 'method_name'))
                yield ' = '
                yield str(('async_to_streamed_response_wrapper' if l_1_is_async else 'to_streamed_response_wrapper'))
                yield '(resource.'
                yield str(environment.getattr(environment.getattr(l_2_m, 'operation'), 'method_name'))
                yield ')\n'
            l_2_m = missing
    l_1_is_async = l_1_prefix = l_1_downloads = missing

blocks = {}
debug_info = '1=48&5=50&7=54&8=57&11=61&14=64&15=68&19=73&21=82&22=87&23=89&24=91&25=93&27=95&28=99&31=118&32=120&33=123&34=125&35=127&39=130&40=133&42=135&43=138&45=141&46=143&48=146&49=150&53=157&54=159&55=162&57=164&58=167&59=169&60=172&62=174&66=177&67=179&69=182&70=184&71=186&72=190&79=199&80=207&82=212&83=221&85=227&88=232&89=241&92=257&93=259&97=266&98=273&100=277&102=279&103=283&104=295&110=302&111=304&112=308&113=312&114=325&115=329&119=337&127=349&128=354&130=357&131=360&134=362&138=364&140=367&141=370&144=373&146=376&148=379&150=383&151=385&155=389&156=392&157=395&158=399&160=406&163=409&164=412&165=415&166=419'